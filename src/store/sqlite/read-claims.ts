// Claims with their items, source and document, as the evidence views show them.
import type { ClaimItem, Qualifier, QuantityUnit } from "../../core/model.js";
import type { SourceRef, StoredClaim } from "../types.js";
import {
  CLAIM_COLUMNS,
  CLAIM_FROM,
  CLAIM_JOINS,
  type ClaimRow,
  claimIdOf,
  sourceIdOf,
  toStoredClaim,
} from "./claim-row.js";
import { type SourceRow, toSourceRef } from "./rows.js";
import type { Sql } from "./sql.js";

type ItemRow = [
  claimId: number,
  category: string,
  text: string,
  value: number | null,
  unit: QuantityUnit | null,
  qualifier: Qualifier | null,
];

export function loadItems(sql: Sql, claimIds: readonly number[]): Map<number, ClaimItem[]> {
  const out = new Map<number, ClaimItem[]>();
  if (claimIds.length === 0) return out;
  const rows = sql.rows<ItemRow>(
    `SELECT claim_id, category, text, quantity_value, quantity_unit, quantity_qualifier FROM claim_items
     WHERE claim_id IN (SELECT value FROM json_each(?)) ORDER BY claim_id, idx`,
    JSON.stringify(claimIds),
  );
  for (const [claimId, category, text, value, unit, qualifier] of rows) {
    const list = out.get(claimId) ?? [];
    const quantity = value !== null && unit ? { value, unit, qualifier: qualifier ?? "exact" } : null;
    list.push({ category, text, quantity });
    out.set(claimId, list);
  }
  return out;
}

export function withItems(sql: Sql, rows: readonly ClaimRow[], generalDenial = false): StoredClaim[] {
  const items = loadItems(sql, rows.map(claimIdOf));
  const sources = loadSources(sql, new Set(rows.map(sourceIdOf)));
  return rows.map((r) =>
    toStoredClaim(r, items.get(claimIdOf(r)) ?? [], sources.get(sourceIdOf(r))!, generalDenial),
  );
}

function loadSources(sql: Sql, ids: ReadonlySet<number>): Map<number, SourceRef> {
  const rows = sql.all<SourceRow>(
    `SELECT id AS source_id, kind AS source_kind, country AS source_country, name AS source_name
     FROM sources WHERE id IN (SELECT value FROM json_each(?))`,
    JSON.stringify([...ids]),
  );
  return new Map(rows.map((r) => [r.source_id, toSourceRef(r)]));
}

export function claimById(sql: Sql, id: number): StoredClaim | null {
  const row = sql.rows<ClaimRow>(`SELECT ${CLAIM_COLUMNS} FROM ${CLAIM_FROM} WHERE c.id = ?`, id)[0];
  return row ? withItems(sql, [row])[0]! : null;
}

/** Claims linked to an allegation, in date order; `generalOf` adds the general denials of its pair. */
export function allegationClaims(sql: Sql, allegationId: number, generalOf: number | null): StoredClaim[] {
  const own = sql.rows<ClaimRow>(
    `SELECT ${CLAIM_COLUMNS} FROM allegation_claims ac JOIN claims c ON c.id = ac.claim_id ${CLAIM_JOINS}
     WHERE ac.allegation_id = ? ORDER BY c.reported IS NULL, c.reported, c.id`,
    allegationId,
  );
  const general =
    generalOf === null
      ? []
      : sql.rows<ClaimRow>(
          `SELECT ${CLAIM_COLUMNS} FROM allegation_claims ac JOIN claims c ON c.id = ac.claim_id ${CLAIM_JOINS}
           WHERE ac.allegation_id = ? AND ac.stance = 'against' ORDER BY c.reported IS NULL, c.reported, c.id`,
          generalOf,
        );
  return [...withItems(sql, own), ...withItems(sql, general, true)];
}

export function documentClaims(sql: Sql, documentId: number): StoredClaim[] {
  return withItems(
    sql,
    sql.rows<ClaimRow>(
      `SELECT ${CLAIM_COLUMNS} FROM ${CLAIM_FROM} WHERE c.document_id = ? ORDER BY c.id`,
      documentId,
    ),
  );
}

/** Every claim in id order, a page at a time, for exports. */
export function* iterateAllClaims(sql: Sql, pageSize = 500): Generator<StoredClaim> {
  let after = 0;
  for (;;) {
    const rows = sql.rows<ClaimRow>(
      `SELECT ${CLAIM_COLUMNS} FROM ${CLAIM_FROM} WHERE c.id > ? ORDER BY c.id LIMIT ?`,
      after,
      pageSize,
    );
    if (rows.length === 0) return;
    yield* withItems(sql, rows);
    after = claimIdOf(rows.at(-1)!);
  }
}
