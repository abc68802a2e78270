import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { filler, KREMLIN, makeRecord, NIS, US_INTEL } from "./fixtures.js";

let store: SqliteStore;
const S1 = "Seoul's spy agency said the North had sent artillery shells to Moscow in August.";
const S2 = "Washington believes ballistic missiles followed in the autumn.";
const D1 = "The Kremlin dismissed the shell reports as fiction.";

beforeAll(async () => {
  store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "armstrace-q-")), "q.db"));
  await store.saveDocument(
    makeRecord({
      text: `${S1} ${filler(1)}`,
      outlet: "Harbour Times",
      published: "2023-08-20",
      claims: [{ sentence: S1, source: NIS, time: "2023-08" }],
    }),
  );
  await store.saveDocument(
    makeRecord({
      text: `${filler(2)} ${S2} ${D1}`,
      outlet: "Valley Post",
      published: "2023-10-02",
      claims: [
        { sentence: S2, source: US_INTEL, item: "missile.ballistic", factuality: "PR+" },
        { sentence: D1, source: KREMLIN, factuality: "CT-" },
      ],
    }),
  );
  await store.recordIngestError("broken.bin", "binary file");
});
afterAll(() => store.close());

describe("queries", () => {
  it("filters allegations by item, status and dates", async () => {
    expect((await store.listAllegations({ item: "missile" })).items.map((a) => a.key)).toEqual([
      "transfer/KP/RU/missile",
    ]);
    expect((await store.listAllegations({ status: "contested" })).items.map((a) => a.key)).toEqual([
      "transfer/KP/RU/ammunition",
    ]);
    expect((await store.listAllegations({ since: "2023-09-01" })).total).toBe(2);
    expect((await store.listAllegations({ until: "2023-08-31" })).total).toBe(1);
    expect((await store.listAllegations({ supplier: "IR" })).total).toBe(0);
    const page = await store.listAllegations({ limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(page.items).toHaveLength(1);
  });

  it("counts claims by reported month", async () => {
    const t = await store.timeline({ supplier: "KP", recipient: "RU" });
    expect(t.map((b) => [b.month, b.claimsFor, b.claimsAgainst])).toEqual([
      ["2023-08", 1, 0],
      ["2023-10", 1, 1],
    ]);
    expect(t[0]!.items).toEqual({ ammunition: 1 });
  });

  it("says who asserts what and how often they are contradicted", async () => {
    const sources = (await store.listSources({})).items;
    const nis = sources.find((s) => s.name === "National Intelligence Service")!;
    expect(nis).toMatchObject({ claims: 1, asserts: 1, denies: 0, allegations: 1, contradicted: 1 });
    const kremlin = sources.find((s) => s.country === "RU")!;
    expect(kremlin).toMatchObject({ label: "RU government", denies: 1 });
  });

  it("finds evidence sentences by their words, with the matches marked", async () => {
    const hits = await store.search({ text: "artillery shells" });
    expect(hits.total).toBe(1);
    const hit = hits.items[0]!;
    expect(hit.sentence.text).toBe(S1);
    expect(hit.matches.map((m) => hit.sentence.text.slice(m.start, m.end))).toEqual(["artillery", "shells"]);
    expect(hit.claimIds).toHaveLength(1);
    expect((await store.search({ text: "harbour" })).total).toBe(0);
    expect((await store.search({ text: "harbour", allSentences: true })).total).toBeGreaterThan(0);
    expect((await store.search({ text: '"shells to" OR (' })).total).toBe(0);
  });

  it("returns a document with spans that point into its text", async () => {
    const list = await store.listDocuments({});
    expect(list.total).toBe(2);
    const doc = (await store.getDocument(list.items[1]!.id))!;
    const claim = doc.claims[0]!;
    expect(doc.text.slice(claim.evidence.start, claim.evidence.end)).toBe(S1);
    expect(doc.sentences[0]).toMatchObject({ index: 0, start: 0, end: S1.length });
    expect(await store.getClaim(claim.id)).toMatchObject({ id: claim.id, localId: "c1" });
    expect(await store.getDocument(999)).toBeNull();
  });

  it("counts everything and lists ingest errors", async () => {
    const s = await store.stats();
    expect(s).toMatchObject({ documents: 2, claims: 3, allegations: 2, ingestErrors: 1, schemaVersion: 3 });
    expect(s.allegationsByStatus).toEqual({ corroborated: 0, "single-source": 1, contested: 1 });
    expect((await store.listIngestErrors())[0]).toMatchObject({
      origin: "broken.bin",
      reason: "binary file",
    });
    expect((await store.listActors()).map((a) => [a.code, a.name])).toEqual([
      ["KP", "North Korea"],
      ["RU", "Russia"],
    ]);
  });
});
