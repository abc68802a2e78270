// Claims with their items, source and document, as the evidence views show them.
import type { ClaimItem, Qualifier, QuantityUnit } from "../../core/model.js";
import type { StoredClaim } from "../types.js";
import { CLAIM_COLUMNS, CLAIM_FROM, CLAIM_JOINS, type ClaimRow, toStoredClaim } from "./rows.js";
import type { Sql } from "./sql.js";

interface ItemRow {
  claim_id: number;
  category: string;
  text: string;
  quantity_value: number | null;
  quantity_unit: QuantityUnit | null;
  quantity_qualifier: Qualifier | null;
}

export function loadItems(sql: Sql, claimIds: readonly number[]): Map<number, ClaimItem[]> {
  const out = new Map<number, ClaimItem[]>();
  if (claimIds.length === 0) return out;
  const rows = sql.all<ItemRow>(
    `SELECT claim_id, category, text, quantity_value, quantity_unit, quantity_qualifier FROM claim_items
     WHERE claim_id IN (SELECT value FROM json_each(?)) ORDER BY claim_id, idx`,
    JSON.stringify(claimIds),
  );
  for (const r of rows) {
    const list = out.get(r.claim_id) ?? [];
    const quantity =
      r.quantity_value !== null && r.quantity_unit
        ? { value: r.quantity_value, unit: r.quantity_unit, qualifier: r.quantity_qualifier ?? "exact" }
        : null;
    list.push({ category: r.category, text: r.text, quantity });
    out.set(r.claim_id, list);
  }
  return out;
}

export function withItems(sql: Sql, rows: readonly ClaimRow[], generalDenial = false): StoredClaim[] {
  const items = loadItems(
    sql,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toStoredClaim(r, items.get(r.id) ?? [], generalDenial));
}

export function claimById(sql: Sql, id: number): StoredClaim | null {
  const row = sql.get<ClaimRow>(`SELECT ${CLAIM_COLUMNS} FROM ${CLAIM_FROM} WHERE c.id = ?`, id);
  return row ? withItems(sql, [row])[0]! : null;
}

/** Claims linked to an allegation, in date order; `generalOf` adds the general denials of its pair. */
export function allegationClaims(sql: Sql, allegationId: number, generalOf: number | null): StoredClaim[] {
  const own = sql.all<ClaimRow>(
    `SELECT ${CLAIM_COLUMNS} FROM allegation_claims ac JOIN claims c ON c.id = ac.claim_id ${CLAIM_JOINS}
     WHERE ac.allegation_id = ? ORDER BY c.reported IS NULL, c.reported, c.id`,
    allegationId,
  );
  const general =
    generalOf === null
      ? []
      : sql.all<ClaimRow>(
          `SELECT ${CLAIM_COLUMNS} FROM allegation_claims ac JOIN claims c ON c.id = ac.claim_id ${CLAIM_JOINS}
           WHERE ac.allegation_id = ? AND ac.stance = 'against' ORDER BY c.reported IS NULL, c.reported, c.id`,
          generalOf,
        );
  return [...withItems(sql, own), ...withItems(sql, general, true)];
}

export function documentClaims(sql: Sql, documentId: number): StoredClaim[] {
  return withItems(
    sql,
    sql.all<ClaimRow>(
      `SELECT ${CLAIM_COLUMNS} FROM ${CLAIM_FROM} WHERE c.document_id = ? ORDER BY c.id`,
      documentId,
    ),
  );
}

/** Every claim in id order, a page at a time, for exports. */
export function* iterateAllClaims(sql: Sql, pageSize = 500): Generator<StoredClaim> {
  let after = 0;
  for (;;) {
    const rows = sql.all<ClaimRow>(
      `SELECT ${CLAIM_COLUMNS} FROM ${CLAIM_FROM} WHERE c.id > ? ORDER BY c.id LIMIT ?`,
      after,
      pageSize,
    );
    if (rows.length === 0) return;
    yield* withItems(sql, rows);
    after = rows.at(-1)!.id;
  }
}
