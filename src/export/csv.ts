// Claims as CSV (RFC 4180) for spreadsheets: one row per claim, its evidence sentence included.
import type { StoredClaim } from "../store/types.js";

/** Quote fields holding a comma, quote or line break; double the quotes inside. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(values: ReadonlyArray<string | number | null | undefined>): string {
  return `${values.map((v) => csvField(v === null || v === undefined ? "" : String(v))).join(",")}\r\n`;
}

export const CLAIM_CSV_COLUMNS: ReadonlyArray<
  [string, (c: StoredClaim) => string | number | null | undefined]
> = [
  ["claim_id", (c) => c.id],
  ["document_id", (c) => c.documentId],
  ["type", (c) => c.type],
  ["supplier", (c) => c.supplier],
  ["recipient", (c) => c.recipient],
  ["participants", (c) => c.participants?.join(";")],
  ["target", (c) => c.target],
  ["items", (c) => c.items.map((i) => i.category).join(";")],
  ["quantity", (c) => c.items.find((i) => i.quantity)?.quantity?.value],
  ["quantity_unit", (c) => c.items.find((i) => i.quantity)?.quantity?.unit],
  ["status", (c) => c.status],
  ["factuality", (c) => c.factuality],
  ["stance", (c) => c.stance],
  ["source", (c) => c.source.label],
  ["source_kind", (c) => c.source.kind],
  ["source_country", (c) => c.source.country],
  ["via", (c) => c.via.map((v) => v.name ?? v.kind).join(" > ")],
  ["time", (c) => c.time?.text],
  ["time_start", (c) => c.time?.start],
  ["published", (c) => c.published],
  ["outlet", (c) => c.outlet],
  ["title", (c) => c.documentTitle],
  ["url", (c) => c.url],
  ["origin", (c) => c.origin],
  ["evidence", (c) => c.evidence.text],
];

export async function* claimsCsv(claims: AsyncIterable<StoredClaim>): AsyncGenerator<string> {
  yield csvLine(CLAIM_CSV_COLUMNS.map(([name]) => name));
  for await (const c of claims) yield csvLine(CLAIM_CSV_COLUMNS.map(([, value]) => value(c)));
}
