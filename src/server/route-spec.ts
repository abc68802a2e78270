// Routes are data: the server registers them and the OpenAPI document is built from the same
// list, so the documentation cannot drift from what is served.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { HttpError } from "./errors.js";
import { parseOr400 } from "./query.js";
import { requireToken } from "./security.js";

export interface RouteContext<Q, P> {
  query: Q;
  params: P;
  req: FastifyRequest;
}

export interface RouteSpec {
  method: "GET" | "POST";
  /** Fastify path below /api: "/allegations/:id". */
  path: string;
  summary: string;
  description?: string;
  query: z.ZodType;
  params: z.ZodType;
  /** What the body is, for POST routes. */
  body?: string;
  /** The result type, named as in src/store/types.ts or src/core/model.ts. */
  returns: string;
  needsToken?: boolean;
  /** Status codes other than 200 the route can answer, with why. */
  errors: Record<number, string>;
  handle: (ctx: RouteContext<unknown, unknown>) => Promise<unknown>;
}

const NONE = z.strictObject({});

export function defineRoute<Q extends z.ZodType = typeof NONE, P extends z.ZodType = typeof NONE>(
  spec: Omit<RouteSpec, "query" | "params" | "handle" | "errors"> & {
    query?: Q;
    params?: P;
    errors?: Record<number, string>;
    handle: (ctx: RouteContext<z.output<Q>, z.output<P>>) => Promise<unknown>;
  },
): RouteSpec {
  return {
    ...spec,
    query: spec.query ?? NONE,
    params: spec.params ?? NONE,
    errors: { 400: "bad parameters", ...spec.errors },
    handle: spec.handle as RouteSpec["handle"],
  };
}

export function registerRoutes(
  app: FastifyInstance,
  routes: readonly RouteSpec[],
  token: string | null,
): void {
  for (const r of routes) {
    app.route({
      method: r.method,
      url: r.path,
      // Checked before the body is read: without the token, a large body costs nothing.
      onRequest: r.needsToken ? async (req) => requireToken(req, token) : undefined,
      handler: async (req) => {
        const query = parseOr400(r.query, req.query, "query");
        const params = parseOr400(r.params, req.params, "path");
        return r.handle({ query, params, req });
      },
    });
  }
}

/** For handlers: a missing record is a 404 with a message naming it. */
export function found<T>(value: T | null, what: string): T {
  if (value === null) throw new HttpError(404, `${what} not found`);
  return value;
}
