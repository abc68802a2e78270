// Incremental aggregation: each new claim updates the counters of the allegations it speaks to,
// in the same transaction as the claim. Cost per claim is a handful of index look-ups, whatever
// the size of the allegation; nothing re-reads the corpus.
import { claimWeight } from "../../aggregate/confidence.js";
import {
  type AllegationKey,
  allegationKeysOf,
  coarseItem,
  isGeneralDenial,
  keyToString,
} from "../../aggregate/keys.js";
import { isLargerQuantity } from "../../aggregate/quantity.js";
import type { Quantity, QuantityUnit } from "../../core/model.js";
import { pairAllegationIds, refreshDerived } from "./allegation-derived.js";
import type { Sql } from "./sql.js";
import type { ClaimToAggregate } from "./write-claims.js";

/** Adds the claims of one document to their allegations; returns the allegations touched. */
export function aggregateClaims(sql: Sql, claims: readonly ClaimToAggregate[]): Set<number> {
  const touched = new Set<number>();
  const generalDenials: AllegationKey[] = [];
  for (const c of claims) {
    for (const key of allegationKeysOf(c.claim)) {
      const id = ensureAllegation(sql, key);
      addClaim(sql, id, key, c, !touched.has(id));
      touched.add(id);
      if (isGeneralDenial(key, c.stance)) generalDenials.push(key);
    }
  }
  for (const key of generalDenials) for (const id of pairAllegationIds(sql, key)) touched.add(id);
  for (const id of touched) refreshDerived(sql, id);
  return touched;
}

export function ensureAllegation(sql: Sql, key: AllegationKey): number {
  const text = keyToString(key);
  const found = sql.get<{ id: number }>("SELECT id FROM allegations WHERE key = ?", text);
  if (found) return found.id;
  return sql.run(
    `INSERT INTO allegations (key, type, supplier, recipient, item, status)
     VALUES (?, ?, ?, ?, ?, 'single-source')`,
    text,
    key.type,
    key.supplier,
    key.recipient,
    key.item,
  ).lastInsertRowid;
}

/** A denial by the supplier or recipient itself weighs less: the accused deny as a rule. */
export function weightFor(key: AllegationKey, c: ClaimToAggregate): number {
  const country = c.claim.source.country;
  const interested =
    c.stance === "against" && country !== null && [key.supplier, key.recipient].includes(country);
  return claimWeight(c.claim.factuality, c.claim.source.kind, interested);
}

function addClaim(sql: Sql, id: number, key: AllegationKey, c: ClaimToAggregate, newDocument: boolean): void {
  const weight = weightFor(key, c);
  sql.run(
    "INSERT INTO allegation_claims (allegation_id, claim_id, stance, weight) VALUES (?, ?, ?, ?)",
    id,
    c.id,
    c.stance,
    weight,
  );
  const counted = c.stance !== "neutral";
  const origin = counted ? addOrigin(sql, id, c, weight) : { isNew: false, logDelta: 0 };
  const newSource = counted && addSource(sql, id, c);
  sql.run(
    `UPDATE allegations SET
       claims_for = claims_for + ?, claims_against = claims_against + ?, claims_neutral = claims_neutral + ?,
       documents = documents + ?, sources = sources + ?,
       independent_origins = independent_origins + ?, denying_origins = denying_origins + ?,
       support_log = support_log + ?, doubt_log = doubt_log + ?,
       first_seen = CASE WHEN first_seen IS NULL OR ? < first_seen THEN ? ELSE first_seen END,
       last_seen = CASE WHEN last_seen IS NULL OR ? > last_seen THEN ? ELSE last_seen END
     WHERE id = ?`,
    ...[c.stance === "for", c.stance === "against", c.stance === "neutral", newDocument, newSource].map(
      Number,
    ),
    Number(origin.isNew && c.stance === "for"),
    Number(origin.isNew && c.stance === "against"),
    c.stance === "for" ? origin.logDelta : 0,
    c.stance === "against" ? origin.logDelta : 0,
    ...seen(c.reported),
    id,
  );
  if (c.stance === "for") updateLargestQuantity(sql, id, key, c);
}

/** Parameters of the first/last seen CASEs: a claim with no date (NULL compares false) leaves them. */
function seen(date: string | null): Array<string | null> {
  return [date, date, date, date];
}

/** Upserts the origin; returns whether it is new and how much Σ ln(1 − w) changes. */
function addOrigin(sql: Sql, id: number, c: ClaimToAggregate, weight: number) {
  const row = sql.get<{ weight: number }>(
    "SELECT weight FROM allegation_origins WHERE allegation_id = ? AND stance = ? AND origin = ?",
    id,
    c.stance,
    c.origin,
  );
  if (!row) {
    sql.run(
      "INSERT INTO allegation_origins (allegation_id, origin, stance, claims, weight) VALUES (?, ?, ?, 1, ?)",
      id,
      c.origin,
      c.stance,
      weight,
    );
    return { isNew: true, logDelta: Math.log(1 - weight) };
  }
  const stronger = Math.max(row.weight, weight);
  sql.run(
    `UPDATE allegation_origins SET claims = claims + 1, weight = ?
     WHERE allegation_id = ? AND stance = ? AND origin = ?`,
    stronger,
    id,
    c.stance,
    c.origin,
  );
  return { isNew: false, logDelta: Math.log(1 - stronger) - Math.log(1 - row.weight) };
}

/** Upserts the source's row; true when the source is new to the allegation (either stance). */
function addSource(sql: Sql, id: number, c: ClaimToAggregate): boolean {
  const known =
    sql.get("SELECT 1 FROM allegation_sources WHERE allegation_id = ? AND source_id = ?", id, c.sourceId) !==
    undefined;
  sql.run(
    `INSERT INTO allegation_sources (allegation_id, source_id, stance, claims) VALUES (?, ?, ?, 1)
     ON CONFLICT (allegation_id, source_id, stance) DO UPDATE SET claims = claims + 1`,
    id,
    c.sourceId,
    c.stance,
  );
  return !known;
}

function updateLargestQuantity(sql: Sql, id: number, key: AllegationKey, c: ClaimToAggregate): void {
  // Most claims give no number ("has supplied drones"): nothing to compare, no look-up.
  if (!c.claim.items.some((item) => item.quantity && coarseItem(item.category) === key.item)) return;
  const current = sql.get<{
    value: number | null;
    unit: QuantityUnit | null;
    qualifier: Quantity["qualifier"];
  }>(
    `SELECT max_quantity_value AS value, max_quantity_unit AS unit, max_quantity_qualifier AS qualifier
     FROM allegations WHERE id = ?`,
    id,
  );
  let best: Quantity | null =
    current?.value != null && current.unit
      ? { value: current.value, unit: current.unit, qualifier: current.qualifier }
      : null;
  let changed = false;
  for (const item of c.claim.items) {
    if (!item.quantity || coarseItem(item.category) !== key.item) continue;
    if (isLargerQuantity(item.quantity, best)) {
      best = item.quantity;
      changed = true;
    }
  }
  if (!changed || !best) return;
  sql.run(
    `UPDATE allegations SET max_quantity_value = ?, max_quantity_unit = ?, max_quantity_qualifier = ?,
       max_quantity_claim_id = ? WHERE id = ?`,
    best.value,
    best.unit,
    best.qualifier,
    c.id,
    id,
  );
}
