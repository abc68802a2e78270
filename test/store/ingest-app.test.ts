// The ingest and reextract use-cases with the real pipeline on this thread (workers: 0).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generateArticles } from "../../bench/generate-corpus.js";
import { createExtractor } from "../../src/app/extractor-pool.js";
import { ingestDocuments, reextractDocuments } from "../../src/app/ingest.js";
import { EXTRACTOR_VERSION } from "../../src/extract/index.js";
import type { InputResult } from "../../src/ingest/index.js";
import { parseInput } from "../../src/ingest/index.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { filler, makeRecord, NIS } from "./fixtures.js";

let store: SqliteStore;
beforeEach(() => {
  store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "armstrace-app-")), "a.db"), { batchSize: 4 });
});
afterEach(() => store.close());

function inputs(n: number): Array<Extract<InputResult, { ok: true }>> {
  return [...generateArticles(n, 3)].map((a) => ({
    ok: true,
    doc: parseInput(JSON.stringify(a), "gen.jsonl", "jsonl")[0]!,
  }));
}

describe("ingest use-case", () => {
  it("stores in input order, skips repeats, records failures, and stops cleanly when asked", async () => {
    const docs = inputs(12);
    const extractor = createExtractor(0);
    const controller = new AbortController();
    const first = await ingestDocuments(
      store,
      [...docs.slice(0, 8), { ok: false, origin: "bad.txt", reason: "binary file" }],
      {
        extractor,
        signal: controller.signal,
        window: 2,
        onProgress: (c) => c.stored === 5 && controller.abort(),
      },
    );
    expect(first).toMatchObject({ stored: 5, failed: 0 });
    const second = await ingestDocuments(
      store,
      [...docs, { ok: false, origin: "bad.txt", reason: "binary file" }],
      { extractor },
    );
    expect(second).toMatchObject({ stored: 7, skipped: 5, failed: 1 });
    const keys = store.sql.all<{ key: string }>("SELECT key FROM documents ORDER BY id").map((r) => r.key);
    expect(keys).toEqual(docs.map((d) => d.doc.meta.id));
    expect(await store.listIngestErrors()).toMatchObject([{ origin: "bad.txt", reason: "binary file" }]);
    await extractor.close();
  });

  it("re-extracts documents stored by another extractor version", async () => {
    const s = "Seoul's spy agency said the North had sent shells to Moscow.";
    await store.saveDocument(
      makeRecord({
        text: `${s} ${filler(1)}`,
        outlet: "A",
        published: "2023-01-01",
        claims: [{ sentence: s, source: NIS }],
        extractor: "old",
      }),
    );
    const extractor = createExtractor(0);
    const counts = await reextractDocuments(store, { extractor, version: EXTRACTOR_VERSION });
    expect(counts).toMatchObject({ done: 1, failed: 0, total: 1 });
    expect((await store.stats()).extractors).toEqual({ [EXTRACTOR_VERSION]: 1 });
    expect((await reextractDocuments(store, { extractor, version: EXTRACTOR_VERSION })).total).toBe(0);
    await extractor.close();
  });
});
