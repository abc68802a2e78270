// Actors, sources, full-text search, stats and server info.
import { z } from "zod";
import { SOURCE_KINDS } from "../../core/model.js";
import type { ServerDeps } from "../deps.js";
import { actorCode, pageSchema } from "../query.js";
import { defineRoute, type RouteSpec } from "../route-spec.js";

const sourceQuery = z.strictObject({
  kind: z.enum(SOURCE_KINDS).optional(),
  country: actorCode.optional(),
  ...pageSchema(1000, 100),
});

const searchQuery = z.strictObject({
  q: z.string().trim().min(1, { error: "give words to search for" }).max(300),
  all: z.enum(["true", "false"]).default("false"),
  ...pageSchema(200, 20),
});

export function indexRoutes(deps: ServerDeps): RouteSpec[] {
  return [
    defineRoute({
      method: "GET",
      path: "/actors",
      summary: "States and organisations that appear in allegations",
      returns: "{ items: ActorSummary[] }",
      handle: async () => ({ items: await deps.store.listActors() }),
    }),
    defineRoute({
      method: "GET",
      path: "/sources",
      summary: "Sources with how often they assert, deny and are contradicted",
      query: sourceQuery,
      returns: "Page<SourceSummary>",
      handle: ({ query }) => deps.store.listSources(query),
    }),
    defineRoute({
      method: "GET",
      path: "/search",
      summary: "Full-text search over claim evidence (or every sentence with all=true)",
      query: searchQuery,
      returns: "Page<SearchHit>",
      handle: ({ query }) =>
        deps.store.search({
          text: query.q,
          allSentences: query.all === "true",
          limit: query.limit,
          offset: query.offset,
        }),
    }),
    defineRoute({
      method: "GET",
      path: "/stats",
      summary: "Counts of documents, claims, allegations and sources",
      returns: "StoreStats",
      handle: () => deps.store.stats(),
    }),
    defineRoute({
      method: "GET",
      path: "/info",
      summary: "Server version, extractor version, and whether storing over HTTP is on",
      returns: "{ name, version, extractor, storing }",
      handle: async () => ({
        name: "armstrace",
        version: deps.version,
        extractor: deps.extractor,
        storing: deps.token !== null,
      }),
    }),
  ];
}
