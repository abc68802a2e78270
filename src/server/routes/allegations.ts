// Allegations (with the CLI's filters), one allegation with its claims, a claim, and the timeline.
import { z } from "zod";
import type { Factuality } from "../../core/model.js";
import type { ServerDeps } from "../deps.js";
import { actorCode, idParams, isoDate, itemCategory, pageSchema, wholeNumber } from "../query.js";
import { defineRoute, found, type RouteSpec } from "../route-spec.js";

const CLAIM_TYPES = ["transfer", "request", "meeting", "condemnation"] as const;
const STATUSES = ["corroborated", "single-source", "contested"] as const;
const SORTS = ["origins", "claims", "last_seen", "confidence"] as const;

/** "At least this sure": certain keeps allegations some source states as fact (CT+). */
const ASSERTED_AT_LEAST: Record<"certain" | "probable" | "possible", Factuality[]> = {
  certain: ["CT+"],
  probable: ["CT+", "PR+"],
  possible: ["CT+", "PR+", "PS+"],
};

export const allegationQuery = z.strictObject({
  type: z.enum(CLAIM_TYPES).optional(),
  supplier: actorCode.optional(),
  recipient: actorCode.optional(),
  actor: actorCode.optional(),
  item: itemCategory.optional(),
  status: z.enum(STATUSES).optional(),
  since: isoDate.optional(),
  until: isoDate.optional(),
  source: wholeNumber.min(1).optional(),
  factuality: z.enum(["certain", "probable", "possible"]).optional(),
  sort: z.enum(SORTS).default("origins"),
  ...pageSchema(1000, 100),
});

const timelineQuery = z.strictObject({
  type: z.enum(CLAIM_TYPES).optional(),
  supplier: actorCode.optional(),
  recipient: actorCode.optional(),
  item: itemCategory.optional(),
  allegation: wholeNumber.min(1).optional(),
});

/** "12" is an id; anything else a key such as "transfer/KP/RU/ammunition". */
function idOrKey(id: string): number | string {
  return /^\d{1,15}$/.test(id) ? Number(id) : id;
}

export function allegationRoutes(deps: ServerDeps): RouteSpec[] {
  return [
    defineRoute({
      method: "GET",
      path: "/allegations",
      summary: "List allegations, most independent origins first",
      query: allegationQuery,
      returns: "Page<AllegationSummary>",
      handle: ({ query }) => {
        const { source, factuality, ...rest } = query;
        const asserted = factuality ? ASSERTED_AT_LEAST[factuality] : undefined;
        return deps.store.listAllegations({ ...rest, sourceId: source, factuality: asserted });
      },
    }),
    defineRoute({
      method: "GET",
      path: "/allegations/:id",
      summary: "One allegation with its origins and every claim for and against it",
      description: "`id` is the numeric id or the URL-encoded key (transfer%2FKP%2FRU%2Fammunition).",
      params: idParams,
      returns: "AllegationDetail",
      errors: { 404: "no such allegation" },
      handle: async ({ params }) => found(await deps.store.getAllegation(idOrKey(params.id)), "allegation"),
    }),
    defineRoute({
      method: "GET",
      path: "/claims/:id",
      summary: "One stored claim",
      params: z.strictObject({ id: wholeNumber.min(1) }),
      returns: "StoredClaim",
      errors: { 404: "no such claim" },
      handle: async ({ params }) => found(await deps.store.getClaim(params.id), "claim"),
    }),
    defineRoute({
      method: "GET",
      path: "/timeline",
      summary: "Claims for and against per month, for a filter or one allegation",
      query: timelineQuery,
      returns: "{ buckets: TimelineBucket[] }",
      handle: async ({ query }) => {
        const { allegation, ...rest } = query;
        return { buckets: await deps.store.timeline({ ...rest, allegationId: allegation }) };
      },
    }),
  ];
}
