// The incremental path (counters updated claim by claim) must agree with a recomputation from
// the claims, and re-extraction must leave the allegations as if the new claims had come first.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Factuality } from "../../src/core/model.js";
import { rebuildAllegation } from "../../src/store/sqlite/rebuild-allegation.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { AUTHOR, type ClaimSpec, filler, KREMLIN, makeRecord, NIS, PYONGYANG, US_INTEL } from "./fixtures.js";

let store: SqliteStore;
beforeEach(() => {
  store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "armstrace-inc-")), "t.db"), { batchSize: 3 });
});
afterEach(async () => {
  await store.close();
});

const SOURCES = [NIS, US_INTEL, AUTHOR, KREMLIN, PYONGYANG];
const ITEMS = ["ammunition.artillery", "missile.srbm", "arms", "drone"];
const FACTS: Factuality[] = ["CT+", "PR+", "PS+", "CT-", "Uu"];

/** A deterministic mix of documents: several sources, items, signs, quantities and dates. */
function corpus(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const sentences = [0, 1, 2].map((k) => `Report ${i} sentence ${k} about a shipment.`);
    const claims: ClaimSpec[] = sentences.slice(0, 1 + (i % 3)).map((sentence, k) => ({
      sentence,
      source: SOURCES[(i + k) % SOURCES.length]!,
      item: ITEMS[(i * 7 + k) % ITEMS.length]!,
      factuality: FACTS[(i * 3 + k) % FACTS.length]!,
      supplier: i % 5 === 4 ? "IR" : "KP",
      quantity: i % 4 === 0 ? 1000 * (i + 1) : undefined,
    }));
    const text = `${filler(i)} ${sentences.join(" ")} ${filler(i + 500)}`;
    return makeRecord({
      text,
      outlet: `Outlet ${i % 4}`,
      published: `2023-${String((i % 12) + 1).padStart(2, "0")}-15`,
      claims,
    });
  });
}

function snapshot(s: SqliteStore) {
  return {
    allegations: s.sql.all(
      `SELECT key, status, claims_for, claims_against, claims_neutral, documents, sources, independent_origins,
         denying_origins, round(support_log, 9) AS support, round(doubt_log, 9) AS doubt, first_seen, last_seen,
         max_quantity_value, max_quantity_claim_id, confidence FROM allegations ORDER BY key`,
    ),
    origins: s.sql.all("SELECT * FROM allegation_origins ORDER BY allegation_id, stance, origin"),
    sources: s.sql.all("SELECT * FROM allegation_sources ORDER BY allegation_id, source_id, stance"),
  };
}

describe("incremental aggregation", () => {
  it("agrees with recomputing every allegation from its claims", async () => {
    for (const r of corpus(40)) await store.saveDocument(r);
    store.flush();
    const incremental = snapshot(store);
    expect(incremental.allegations.length).toBeGreaterThan(5);
    store.sql.transaction(() => {
      for (const { id } of store.sql.all<{ id: number }>("SELECT id FROM allegations"))
        rebuildAllegation(store.sql, id);
    });
    expect(snapshot(store)).toEqual(incremental);
  });

  it("re-extraction replaces a document's claims and updates its allegations", async () => {
    const records = corpus(12);
    for (const r of records) await store.saveDocument(r);
    const target = records[3]!;
    const id = store.sql.get<{ id: number }>(
      "SELECT id FROM documents WHERE key = ?",
      target.doc.meta.id,
    )!.id;
    const changed = { ...target, extraction: { ...target.extraction, extractor: "test-2", claims: [] } };
    await store.replaceExtraction(id, changed);
    const fresh = new SqliteStore(join(mkdtempSync(join(tmpdir(), "armstrace-inc-")), "t.db"));
    for (const r of records) await fresh.saveDocument(r === target ? changed : r);
    const strip = (x: ReturnType<typeof snapshot>) =>
      x.allegations.map((a) => ({ ...(a as object), max_quantity_claim_id: 0 }));
    expect(strip(snapshot(store))).toEqual(strip(snapshot(fresh)));
    expect((await store.stats()).extractors).toEqual({ "test-1": 11, "test-2": 1 });
    const docs: number[] = [];
    for await (const d of store.iterateDocuments({ notExtractor: "test-2" })) docs.push(d.id);
    expect(docs).toHaveLength(11);
    await fresh.close();
  });
});
