// The allegation list with the CLI's filters, and one allegation with its origins and claims.
import { coarseItem, GENERAL_ITEM, parseKey } from "../../aggregate/keys.js";
import type {
  AllegationDetail,
  AllegationFilter,
  AllegationSummary,
  OriginSummary,
  Page,
  SourceRef,
} from "../types.js";
import { allegationClaims } from "./read-claims.js";
import { type AllegationRow, type SourceRow, toAllegationSummary, toSourceRef } from "./rows.js";
import type { Param, Sql } from "./sql.js";

// The general-denial allegation of the same pair (item `arms`) rides along, for claims against.
const FROM = `allegations a LEFT JOIN allegations g ON a.item != 'arms' AND g.item = 'arms'
  AND g.type = a.type AND g.supplier IS a.supplier AND g.recipient IS a.recipient`;
const COLUMNS = "a.*, g.claims_against AS general_against, g.id AS general_id";

const ORDER: Record<NonNullable<AllegationFilter["sort"]>, string> = {
  origins: "a.independent_origins DESC, a.claims_for DESC, a.id",
  claims: "a.claims_for DESC, a.id",
  last_seen: "a.last_seen DESC, a.id",
  confidence: "a.confidence DESC, a.id",
};

function whereOf(f: AllegationFilter): { where: string; params: Param[] } {
  const parts: string[] = [];
  const params: Param[] = [];
  const add = (sql: string, ...values: Param[]) => {
    parts.push(sql);
    params.push(...values);
  };
  if (f.type) add("a.type = ?", f.type);
  if (f.supplier) add("a.supplier = ?", f.supplier);
  if (f.recipient) add("a.recipient = ?", f.recipient);
  if (f.actor) add("(a.supplier = ? OR a.recipient = ?)", f.actor, f.actor);
  if (f.item) add("a.item = ?", coarseItem(f.item));
  if (f.status) add("a.status = ?", f.status);
  if (f.since) add("a.last_seen >= ?", f.since);
  if (f.until) add("a.first_seen <= ?", f.until);
  if (f.factuality?.length) {
    const marks = f.factuality.map(() => "?").join(", ");
    add(
      `EXISTS (SELECT 1 FROM allegation_claims ac JOIN claims c ON c.id = ac.claim_id
        WHERE ac.allegation_id = a.id AND c.factuality IN (${marks}))`,
      ...f.factuality,
    );
  }
  if (f.sourceId !== undefined) {
    add("a.id IN (SELECT allegation_id FROM allegation_sources WHERE source_id = ?)", f.sourceId);
  }
  return { where: parts.length ? `WHERE ${parts.join(" AND ")}` : "", params };
}

export function listAllegations(sql: Sql, f: AllegationFilter): Page<AllegationSummary> {
  const { where, params } = whereOf(f);
  const limit = f.limit ?? 50;
  const offset = f.offset ?? 0;
  const total = sql.get<{ n: number }>(`SELECT count(*) AS n FROM allegations a ${where}`, ...params)!.n;
  const rows = sql.all<AllegationRow>(
    `SELECT ${COLUMNS} FROM ${FROM} ${where} ORDER BY ${ORDER[f.sort ?? "origins"]} LIMIT ? OFFSET ?`,
    ...params,
    limit,
    offset,
  );
  const top = topSources(
    sql,
    rows.flatMap((r) => (r.general_id === null ? [r.id] : [r.id, r.general_id])),
  );
  return { total, limit, offset, items: rows.map((r) => summarise(sql, r, top)) };
}

type TopSources = Map<string, SourceRef[]>;

/** The ten sources with most claims per (allegation, stance), for a page of allegations at once. */
function topSources(sql: Sql, ids: number[]): TopSources {
  const rows = sql.all<SourceRow & { allegation_id: number; stance: string }>(
    `SELECT allegation_id, stance, source_id, source_kind, source_country, source_name FROM (
       SELECT x.allegation_id, x.stance, s.id AS source_id, s.kind AS source_kind, s.country AS source_country,
         s.name AS source_name,
         row_number() OVER (PARTITION BY x.allegation_id, x.stance ORDER BY x.claims DESC, s.id) AS rank
       FROM allegation_sources x JOIN sources s ON s.id = x.source_id
       WHERE x.allegation_id IN (SELECT value FROM json_each(?)))
     WHERE rank <= 10 ORDER BY allegation_id, stance, rank`,
    JSON.stringify(ids),
  );
  const out: TopSources = new Map();
  for (const r of rows) {
    const key = `${r.allegation_id}/${r.stance}`;
    out.set(key, [...(out.get(key) ?? []), toSourceRef(r)]);
  }
  return out;
}

function summarise(sql: Sql, r: AllegationRow, top: TopSources): AllegationSummary {
  const of = (id: number | null, stance: string) => (id === null ? [] : (top.get(`${id}/${stance}`) ?? []));
  const denying = dedupe([...of(r.id, "against"), ...of(r.general_id, "against")]);
  return toAllegationSummary(r, of(r.id, "for"), denying, quantitySource(sql, r));
}

function dedupe(refs: SourceRef[]): SourceRef[] {
  const seen = new Set<number>();
  return refs.filter((r) => !seen.has(r.id) && seen.add(r.id));
}

function quantitySource(sql: Sql, r: AllegationRow): SourceRef | null {
  if (r.max_quantity_claim_id === null) return null;
  const row = sql.get<SourceRow>(
    `SELECT s.id AS source_id, s.kind AS source_kind, s.country AS source_country, s.name AS source_name
     FROM claims c JOIN sources s ON s.id = c.source_id WHERE c.id = ?`,
    r.max_quantity_claim_id,
  );
  return row ? toSourceRef(row) : null;
}

export function getAllegation(sql: Sql, idOrKey: number | string): AllegationDetail | null {
  const id = typeof idOrKey === "number" ? idOrKey : idByKey(sql, idOrKey);
  if (id === null) return null;
  const row = sql.get<AllegationRow>(`SELECT ${COLUMNS} FROM ${FROM} WHERE a.id = ?`, id);
  if (!row) return null;
  const generalOf = row.item === GENERAL_ITEM ? null : row.general_id;
  const top = topSources(sql, generalOf === null ? [id] : [id, generalOf]);
  return {
    ...summarise(sql, row, top),
    origins: originsOf(sql, id, generalOf),
    claims: allegationClaims(sql, id, generalOf),
  };
}

function idByKey(sql: Sql, key: string): number | null {
  if (/^\d+$/.test(key)) return Number(key);
  const parsed = parseKey(key);
  if (!parsed) return null;
  return sql.get<{ id: number }>("SELECT id FROM allegations WHERE key = ?", key)?.id ?? null;
}

function originsOf(sql: Sql, id: number, generalOf: number | null): OriginSummary[] {
  const rows = sql.all<{ origin: string; stance: OriginSummary["stance"]; claims: number }>(
    `SELECT origin, stance, claims FROM allegation_origins WHERE allegation_id = ?
     UNION ALL SELECT origin, stance, claims FROM allegation_origins WHERE allegation_id = ? AND stance = 'against'
     ORDER BY stance DESC, claims DESC`,
    id,
    generalOf ?? -1,
  );
  return rows.map((r) => ({
    key: r.origin,
    label: originLabel(sql, r.origin),
    stance: r.stance,
    claims: r.claims,
  }));
}

/** "source:12" → the source's label; "story:34" → "story of <title> (3 copies)". */
function originLabel(sql: Sql, origin: string): string {
  const [kind, rest = ""] = origin.split(":");
  if (kind === "source") {
    const row = sql.get<SourceRow>(
      `SELECT id AS source_id, kind AS source_kind, country AS source_country, name AS source_name
       FROM sources WHERE id = ?`,
      Number(rest),
    );
    return row ? toSourceRef(row).label : origin;
  }
  const [storyId, sourceKind] = rest.split("/");
  const story = sql.get<{ title: string | null; outlet: string | null; documents: number }>(
    `SELECT d.title, d.outlet, (SELECT documents FROM stories WHERE id = d.story_id) AS documents
     FROM documents d WHERE d.story_id = ? ORDER BY d.id LIMIT 1`,
    Number(storyId),
  );
  const what = sourceKind ? `unnamed ${sourceKind.replace("_", " ")} in` : "own voice of";
  const copies = story && story.documents > 1 ? `, ${story.documents} copies` : "";
  return `${what} "${story?.title ?? "untitled"}" (${story?.outlet ?? "unknown outlet"}${copies})`;
}
