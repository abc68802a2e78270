// Stored documents: the list, and one document with its text, entity and claim spans.
import { z } from "zod";
import type { ServerDeps } from "../deps.js";
import { actorCode, isoDate, pageSchema, wholeNumber } from "../query.js";
import { defineRoute, found, type RouteSpec } from "../route-spec.js";

const documentQuery = z.strictObject({
  outlet: z.string().min(1).max(200).optional(),
  since: isoDate.optional(),
  until: isoDate.optional(),
  actor: actorCode.optional(),
  ...pageSchema(500, 50),
});

export function documentRoutes(deps: ServerDeps): RouteSpec[] {
  return [
    defineRoute({
      method: "GET",
      path: "/documents",
      summary: "List stored documents, newest first",
      query: documentQuery,
      returns: "Page<DocumentSummary>",
      handle: ({ query }) => deps.store.listDocuments(query),
    }),
    defineRoute({
      method: "GET",
      path: "/documents/:id",
      summary: "One document: body text, sentences, entities and claims (spans are body offsets)",
      params: z.strictObject({ id: wholeNumber.min(1) }),
      returns: "DocumentDetail",
      errors: { 404: "no such document" },
      handle: async ({ params }) => found(await deps.store.getDocument(params.id), "document"),
    }),
  ];
}
