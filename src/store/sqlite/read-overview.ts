// Actors, sources, the timeline and the ingest errors: the overviews of the corpus.
import { coarseItem } from "../../aggregate/keys.js";
import type {
  ActorSummary,
  IngestErrorRecord,
  Page,
  SourceFilter,
  SourceSummary,
  TimelineBucket,
  TimelineFilter,
} from "../types.js";
import { type SourceRow, toSourceRef } from "./rows.js";
import type { Param, Sql } from "./sql.js";

export function listActors(sql: Sql): ActorSummary[] {
  const rows = sql.all<{ code: string; supplier: number; recipient: number; allegations: number }>(
    `SELECT code, sum(side = 's') AS supplier, sum(side = 'r') AS recipient, count(*) AS allegations FROM (
       SELECT supplier AS code, 's' AS side FROM allegations WHERE supplier IS NOT NULL AND type IN ('transfer', 'request')
       UNION ALL
       SELECT recipient, 'r' FROM allegations WHERE recipient IS NOT NULL AND type IN ('transfer', 'request')
     ) GROUP BY code ORDER BY allegations DESC, code`,
  );
  const names = new Map(
    sql
      .all<{ code: string; name: string; kind: ActorSummary["kind"] }>("SELECT code, name, kind FROM actors")
      .map((r) => [r.code, r]),
  );
  return rows.map((r) => ({
    code: r.code,
    name: names.get(r.code)?.name ?? r.code,
    kind: names.get(r.code)?.kind ?? (r.code.startsWith("org:") ? "organisation" : "state"),
    asSupplier: r.supplier,
    asRecipient: r.recipient,
    allegations: r.allegations,
  }));
}

export function listSources(sql: Sql, f: SourceFilter): Page<SourceSummary> {
  const parts: string[] = [];
  const params: Param[] = [];
  if (f.kind) parts.push("s.kind = ?") && params.push(f.kind);
  if (f.country) parts.push("s.country = ?") && params.push(f.country);
  const where = parts.length ? `WHERE ${parts.join(" AND ")}` : "";
  const limit = f.limit ?? 50;
  const offset = f.offset ?? 0;
  const total = sql.get<{ n: number }>(`SELECT count(*) AS n FROM sources s ${where}`, ...params)!.n;
  // Counts in one pass over claims and one over allegation_sources, joined to the page of sources.
  const rows = sql.all<SourceRow & Omit<SourceSummary, keyof ReturnType<typeof toSourceRef>>>(
    `WITH page AS (SELECT s.* FROM sources s ${where}),
     counted AS (SELECT source_id, count(*) AS claims, sum(stance = 'for') AS asserts,
         sum(stance = 'against') AS denies, count(DISTINCT document_id) AS documents
       FROM claims WHERE source_id IN (SELECT id FROM page) GROUP BY source_id),
     alleged AS (SELECT x.source_id, count(*) AS allegations, sum(a.status = 'contested') AS contradicted
       FROM allegation_sources x JOIN allegations a ON a.id = x.allegation_id
       WHERE x.stance = 'for' AND x.source_id IN (SELECT id FROM page) GROUP BY x.source_id)
     SELECT p.id AS source_id, p.kind AS source_kind, p.country AS source_country, p.name AS source_name,
       coalesce(c.claims, 0) AS claims, coalesce(c.asserts, 0) AS asserts, coalesce(c.denies, 0) AS denies,
       coalesce(c.documents, 0) AS documents, coalesce(a.allegations, 0) AS allegations,
       coalesce(a.contradicted, 0) AS contradicted
     FROM page p LEFT JOIN counted c ON c.source_id = p.id LEFT JOIN alleged a ON a.source_id = p.id
     ORDER BY claims DESC, p.id LIMIT ? OFFSET ?`,
    ...params,
    limit,
    offset,
  );
  const items = rows.map((r) => ({
    ...toSourceRef(r),
    claims: r.claims,
    asserts: r.asserts,
    denies: r.denies,
    allegations: r.allegations,
    contradicted: r.contradicted,
    documents: r.documents,
  }));
  return { total, limit, offset, items };
}

export function timeline(sql: Sql, f: TimelineFilter): TimelineBucket[] {
  const parts = ["c.month IS NOT NULL"];
  const params: Param[] = [];
  if (f.supplier) parts.push("c.supplier = ?") && params.push(f.supplier);
  if (f.recipient) parts.push("c.recipient = ?") && params.push(f.recipient);
  if (f.type) parts.push("c.type = ?") && params.push(f.type);
  if (f.item) {
    parts.push("c.id IN (SELECT claim_id FROM claim_items WHERE coarse = ?)") &&
      params.push(coarseItem(f.item));
  }
  if (f.allegationId !== undefined) {
    parts.push("c.id IN (SELECT claim_id FROM allegation_claims WHERE allegation_id = ?)");
    params.push(f.allegationId);
  }
  const where = parts.join(" AND ");
  const buckets = sql.all<{ month: string; f: number; a: number; docs: number }>(
    `SELECT c.month, sum(c.stance = 'for') AS f, sum(c.stance = 'against') AS a,
       count(DISTINCT c.document_id) AS docs
     FROM claims c WHERE ${where} GROUP BY c.month ORDER BY c.month`,
    ...params,
  );
  const items = sql.all<{ month: string; coarse: string; n: number }>(
    `SELECT c.month, i.coarse, count(DISTINCT c.id) AS n FROM claims c JOIN claim_items i ON i.claim_id = c.id
     WHERE ${where} AND c.stance = 'for' GROUP BY c.month, i.coarse`,
    ...params,
  );
  return buckets.map((b) => ({
    month: b.month,
    claimsFor: b.f,
    claimsAgainst: b.a,
    documents: b.docs,
    items: Object.fromEntries(items.filter((i) => i.month === b.month).map((i) => [i.coarse, i.n])),
  }));
}

export function listIngestErrors(sql: Sql, limit = 100): IngestErrorRecord[] {
  return sql.all<IngestErrorRecord>(
    "SELECT id, origin, reason, at FROM ingest_errors ORDER BY id DESC LIMIT ?",
    limit,
  );
}
