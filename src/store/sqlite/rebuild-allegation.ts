// Recomputes one allegation from its claims. Used when claims leave (re-extraction), where the
// counters cannot simply be decremented (the first date or largest quantity may have gone), and
// in tests as the reference the incremental path must agree with.
import { GENERAL_ITEM, parseKey } from "../../aggregate/keys.js";
import { isLargerQuantity } from "../../aggregate/quantity.js";
import type { Quantity } from "../../core/model.js";
import { pairAllegationIds, refreshDerived } from "./allegation-derived.js";
import type { Sql } from "./sql.js";

const ORIGINS = `INSERT INTO allegation_origins (allegation_id, origin, stance, claims, weight)
  SELECT ac.allegation_id, c.origin, ac.stance, count(*), max(ac.weight)
  FROM allegation_claims ac JOIN claims c ON c.id = ac.claim_id
  WHERE ac.allegation_id = ? AND ac.stance != 'neutral' GROUP BY c.origin, ac.stance`;

const SOURCES = `INSERT INTO allegation_sources (allegation_id, source_id, stance, claims)
  SELECT ac.allegation_id, c.source_id, ac.stance, count(*)
  FROM allegation_claims ac JOIN claims c ON c.id = ac.claim_id
  WHERE ac.allegation_id = ? AND ac.stance != 'neutral' GROUP BY c.source_id, ac.stance`;

const COUNTERS = `SELECT sum(ac.stance = 'for') AS f, sum(ac.stance = 'against') AS a,
    sum(ac.stance = 'neutral') AS n, count(DISTINCT c.document_id) AS docs,
    min(c.reported) AS first, max(c.reported) AS last
  FROM allegation_claims ac JOIN claims c ON c.id = ac.claim_id WHERE ac.allegation_id = ?`;

interface Counters {
  f: number;
  a: number;
  n: number;
  docs: number;
  first: string | null;
  last: string | null;
}

/** Returns false when the allegation had no claims left and was deleted. */
export function rebuildAllegation(sql: Sql, id: number): boolean {
  const c = sql.get<Counters>(COUNTERS, id)!;
  if (c.docs === 0) {
    sql.run("DELETE FROM allegations WHERE id = ?", id);
    return false;
  }
  sql.run("DELETE FROM allegation_origins WHERE allegation_id = ?", id);
  sql.run("DELETE FROM allegation_sources WHERE allegation_id = ?", id);
  sql.run(ORIGINS, id);
  sql.run(SOURCES, id);
  const logs = (stance: string) =>
    sql
      .all<{ weight: number }>(
        "SELECT weight FROM allegation_origins WHERE allegation_id = ? AND stance = ?",
        id,
        stance,
      )
      .reduce((sum, r) => sum + Math.log(1 - r.weight), 0);
  const count = (stance: string) =>
    sql.get<{ n: number }>(
      "SELECT count(*) AS n FROM allegation_origins WHERE allegation_id = ? AND stance = ?",
      id,
      stance,
    )!.n;
  const sources = sql.get<{ n: number }>(
    "SELECT count(DISTINCT source_id) AS n FROM allegation_sources WHERE allegation_id = ?",
    id,
  )!.n;
  const q = largestQuantity(sql, id);
  sql.run(
    `UPDATE allegations SET claims_for = ?, claims_against = ?, claims_neutral = ?, documents = ?, sources = ?,
       independent_origins = ?, denying_origins = ?, support_log = ?, doubt_log = ?, first_seen = ?, last_seen = ?,
       max_quantity_value = ?, max_quantity_unit = ?, max_quantity_qualifier = ?, max_quantity_claim_id = ?
     WHERE id = ?`,
    c.f,
    c.a,
    c.n,
    c.docs,
    sources,
    count("for"),
    count("against"),
    logs("for"),
    logs("against"),
    c.first,
    c.last,
    q?.value ?? null,
    q?.unit ?? null,
    q?.qualifier ?? null,
    q?.claimId ?? null,
    id,
  );
  refreshDerived(sql, id);
  return true;
}

function largestQuantity(sql: Sql, id: number): (Quantity & { claimId: number }) | null {
  const item = sql.get<{ item: string }>("SELECT item FROM allegations WHERE id = ?", id)!.item;
  let best: (Quantity & { claimId: number }) | null = null;
  const rows = sql.all<Quantity & { claimId: number }>(
    `SELECT ci.quantity_value AS value, ci.quantity_unit AS unit, ci.quantity_qualifier AS qualifier,
       ac.claim_id AS claimId
     FROM allegation_claims ac JOIN claim_items ci ON ci.claim_id = ac.claim_id
     WHERE ac.allegation_id = ? AND ac.stance = 'for' AND ci.coarse = ? AND ci.quantity_value IS NOT NULL
     ORDER BY ac.claim_id, ci.idx`,
    id,
    item,
  );
  for (const r of rows) if (isLargerQuantity(r, best)) best = r;
  return best;
}

/** Removes a document's extraction and brings the allegations it touched up to date. */
export function deleteExtraction(sql: Sql, documentId: number): void {
  const touched = sql.all<{ id: number; key: string }>(
    `SELECT DISTINCT a.id, a.key FROM claims c JOIN allegation_claims ac ON ac.claim_id = c.id
     JOIN allegations a ON a.id = ac.allegation_id WHERE c.document_id = ?`,
    documentId,
  );
  sql.run(
    "DELETE FROM sentences_fts WHERE rowid IN (SELECT id FROM sentences WHERE document_id = ?)",
    documentId,
  );
  sql.run("DELETE FROM claims WHERE document_id = ?", documentId);
  sql.run("DELETE FROM sentences WHERE document_id = ?", documentId);
  sql.run("DELETE FROM entities WHERE document_id = ?", documentId);
  for (const a of touched) rebuildAllegation(sql, a.id);
  for (const a of touched) {
    const key = parseKey(a.key);
    if (key?.item !== GENERAL_ITEM) continue;
    for (const id of pairAllegationIds(sql, key)) refreshDerived(sql, id);
  }
}
