// The HTTP server: JSON API under /api, the built workbench UI everywhere else.
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import type { ServerDeps } from "./deps.js";
import { errorBody, installErrorHandling } from "./errors.js";
import { buildOpenApi } from "./openapi.js";
import { type RouteSpec, registerRoutes } from "./route-spec.js";
import { allegationRoutes } from "./routes/allegations.js";
import { articleRoutes } from "./routes/articles.js";
import { documentRoutes } from "./routes/documents.js";
import { indexRoutes } from "./routes/indexes.js";
import { installHostCheck, installSecurityHeaders } from "./security.js";

export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: deps.bodyLimit, routerOptions: { maxParamLength: 300 } });
  installErrorHandling(app, deps.logError);
  installSecurityHeaders(app);
  installHostCheck(app, deps.host);
  // Pasted articles arrive as they are: plain text, HTML, or JSON records as text.
  app.addContentTypeParser(["text/html", "application/x-ndjson"], { parseAs: "string" }, (_req, body, done) =>
    done(null, body),
  );

  const routes = apiRoutes(deps);
  const openapi = buildOpenApi(routes, deps.version);
  await app.register(
    async (api) => {
      registerRoutes(api, routes, deps.token);
      api.get("/openapi.json", async () => openapi);
    },
    { prefix: "/api" },
  );
  await installWebUi(app, deps.webRoot);
  return app;
}

export function apiRoutes(deps: ServerDeps): RouteSpec[] {
  return [...allegationRoutes(deps), ...documentRoutes(deps), ...indexRoutes(deps), ...articleRoutes(deps)];
}

/** Static files, and index.html for any other GET so that deep links (/allegations/…) load the UI. */
async function installWebUi(app: FastifyInstance, webRoot: string | null): Promise<void> {
  if (webRoot) {
    await app.register(fastifyStatic, { root: webRoot, index: ["index.html"] });
  }
  app.setNotFoundHandler((req, reply) => {
    const isPage = req.method === "GET" && !req.url.startsWith("/api/") && !req.url.startsWith("/assets/");
    if (webRoot && isPage) return reply.type("text/html").sendFile("index.html");
    const message = `no such endpoint: ${req.method} ${req.url.split("?")[0]?.slice(0, 200)}`;
    return reply.code(404).send(errorBody(404, message));
  });
}
