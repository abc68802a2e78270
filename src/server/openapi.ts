// The OpenAPI 3.1 document, built from the route table: parameters come from the same zod
// schemas that validate requests.
import { z } from "zod";
import type { RouteSpec } from "./route-spec.js";

type Json = Record<string, unknown>;

const ERROR_SCHEMA: Json = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["status", "message"],
      properties: { status: { type: "integer" }, message: { type: "string" } },
    },
  },
};

/** "/allegations/:id" → "/api/allegations/{id}". */
function openApiPath(path: string): string {
  return `/api${path.replace(/:([A-Za-z]+)/g, "{$1}")}`;
}

function parameters(schema: z.ZodType, where: "query" | "path"): Json[] {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json;
  const props = (json.properties ?? {}) as Record<string, Json>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(props).map(([name, s]) => ({
    name,
    in: where,
    required: where === "path" || (required.has(name) && !("default" in s)),
    schema: s,
  }));
}

function operation(r: RouteSpec): Json {
  const responses: Json = {
    200: { description: r.returns, content: { "application/json": { schema: { type: "object" } } } },
  };
  for (const [code, why] of Object.entries(r.errors)) {
    responses[code] = {
      description: why,
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  const op: Json = {
    summary: r.summary,
    description: [
      r.description,
      `Returns ${r.returns}; the types are defined in src/store/types.ts and src/core/model.ts.`,
    ]
      .filter(Boolean)
      .join("\n\n"),
    parameters: [...parameters(r.params, "path"), ...parameters(r.query, "query")],
    responses,
  };
  if (r.body) {
    op.requestBody = {
      required: true,
      description: r.body,
      content: {
        "text/plain": { schema: { type: "string" } },
        "text/html": { schema: { type: "string" } },
        "application/json": {
          schema: {
            type: "object",
            required: ["content"],
            properties: { content: { type: "string" }, format: { type: "string" } },
          },
        },
      },
    };
  }
  if (r.needsToken) op.security = [{ token: [] }];
  return op;
}

export function buildOpenApi(routes: readonly RouteSpec[], version: string): Json {
  const paths: Record<string, Json> = {};
  for (const r of routes) {
    const path = openApiPath(r.path);
    paths[path] = { ...paths[path], [r.method.toLowerCase()]: operation(r) };
  }
  paths["/api/openapi.json"] = {
    get: { summary: "This document", responses: { 200: { description: "OpenAPI 3.1" } } },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "armstrace workbench API",
      version,
      description:
        'Read-only by default. Every error is JSON: { "error": { "status": 400, "message": "…" } }.',
    },
    paths,
    components: {
      schemas: { Error: ERROR_SCHEMA },
      securitySchemes: {
        token: { type: "http", scheme: "bearer", description: "--token or ARMSTRACE_TOKEN" },
      },
    },
  };
}
