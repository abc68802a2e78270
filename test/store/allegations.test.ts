import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { AUTHOR, filler, KREMLIN, makeRecord, NIS, PYONGYANG, US_INTEL } from "./fixtures.js";

let store: SqliteStore;

beforeEach(() => {
  store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "armstrace-store-")), "test.db"));
});
afterEach(async () => {
  await store.close();
});

const NIS_SENTENCE = "Seoul's spy agency said the North had sent shells to Moscow.";

function nisArticle(outlet: string, seed: number, published: string) {
  const text = `${filler(seed)} ${NIS_SENTENCE} ${filler(seed + 100)}`;
  return makeRecord({ text, outlet, published, claims: [{ sentence: NIS_SENTENCE, source: NIS }] });
}

describe("allegations", () => {
  it("counts one primary source quoted by several outlets as one origin", async () => {
    await store.saveDocument(nisArticle("Harbour Times", 1, "2023-09-01"));
    await store.saveDocument(nisArticle("Valley Post", 2, "2023-10-01"));
    const page = await store.listAllegations({ supplier: "KP", recipient: "RU" });
    expect(page.total).toBe(1);
    const a = page.items[0]!;
    expect(a.key).toBe("transfer/KP/RU/ammunition");
    expect(a).toMatchObject({ claimsFor: 2, documents: 2, independentOrigins: 1, status: "single-source" });
    expect(a).toMatchObject({ firstSeen: "2023-09-01", lastSeen: "2023-10-01" });
    expect(a.asserting.map((s) => s.label)).toEqual(["National Intelligence Service (KR)"]);
  });

  it("corroborates with two independent origins and records the largest quantity with its source", async () => {
    await store.saveDocument(nisArticle("Harbour Times", 1, "2023-09-01"));
    const s = "American officials believe more than a million shells went north to Moscow.";
    await store.saveDocument(
      makeRecord({
        text: `${filler(3)} ${s}`,
        outlet: "Valley Post",
        published: "2023-11-02",
        claims: [{ sentence: s, source: US_INTEL, factuality: "PR+", quantity: 1_000_000 }],
      }),
    );
    const [a] = (await store.listAllegations({ item: "ammunition.artillery" })).items;
    expect(a).toMatchObject({ status: "corroborated", independentOrigins: 2, sources: 2 });
    expect(a!.largestQuantity).toMatchObject({ value: 1_000_000, unit: "items" });
    expect(a!.largestQuantity!.source.name).toBe("Defense Intelligence Agency");
    expect(a!.confidence).toBeGreaterThan(0.5);
  });

  it("is contested by a denial in general terms between the same pair, shown with the claims", async () => {
    await store.saveDocument(nisArticle("Harbour Times", 1, "2023-09-01"));
    const denial = "Moscow and Pyongyang rejected the accusations.";
    await store.saveDocument(
      makeRecord({
        text: `${filler(5)} ${denial}`,
        outlet: "Coast Daily",
        published: "2023-09-05",
        claims: [
          { sentence: denial, source: KREMLIN, item: "arms", factuality: "CT-" },
          { sentence: denial, source: PYONGYANG, item: "arms", factuality: "CT-" },
        ],
      }),
    );
    const ammo = await store.getAllegation("transfer/KP/RU/ammunition");
    expect(ammo).not.toBeNull();
    expect(ammo!.status).toBe("contested");
    expect(ammo!.claimsAgainst).toBe(2);
    expect(ammo!.denying.map((s) => s.label).sort()).toEqual(["KP government", "RU government"]);
    const denials = ammo!.claims.filter((c) => c.generalDenial);
    expect(denials).toHaveLength(2);
    expect(denials[0]!.evidence.text).toBe(denial);
    expect((await store.listAllegations({ status: "contested" })).total).toBe(2);
  });

  it("a general denial stored before the allegation still contests it", async () => {
    const denial = "The Kremlin rejected the accusations.";
    await store.saveDocument(
      makeRecord({
        text: `${filler(5)} ${denial}`,
        outlet: "Coast Daily",
        published: "2023-09-05",
        claims: [{ sentence: denial, source: KREMLIN, item: "arms", factuality: "CT-" }],
      }),
    );
    await store.saveDocument(nisArticle("Harbour Times", 1, "2023-09-01"));
    expect((await store.getAllegation("transfer/KP/RU/ammunition"))!.status).toBe("contested");
  });

  it("counts syndicated copies of one story under three outlets as one origin", async () => {
    const s = "The North has shipped artillery shells to Russia by rail.";
    const body = `${filler(7)} ${s} ${filler(8)}`;
    for (const [i, outlet] of ["Wire One", "City Herald", "Evening Star"].entries()) {
      // Each outlet adds its own line, as republishers do.
      const text = `${outlet} edition ${i}. ${body}`;
      await store.saveDocument(
        makeRecord({
          text,
          outlet,
          published: `2023-10-0${i + 1}`,
          claims: [{ sentence: s, source: AUTHOR }],
        }),
      );
    }
    const a = (await store.getAllegation("transfer/KP/RU/ammunition"))!;
    expect(a).toMatchObject({ claimsFor: 3, documents: 3, independentOrigins: 1, status: "single-source" });
    expect(a.sources).toBe(3);
    expect(a.origins).toHaveLength(1);
    expect(a.origins[0]!.label).toContain("3 copies");
    const doc = await store.getDocument(a.claims[0]!.documentId);
    expect(doc!.copies).toHaveLength(2);
  });

  it("counts a wire story cut down by one outlet as the same story: same credit, same headline", async () => {
    const s = "The North has shipped artillery shells to Russia by rail.";
    const full = `${filler(21)} ${s} ${filler(22)} ${filler(23)}`;
    const cut = `${s} ${filler(24, 10)}`;
    for (const [text, outlet] of [
      [full, "City Herald"],
      [cut, "Evening Star"],
    ] as const) {
      await store.saveDocument(
        makeRecord({
          text,
          outlet,
          published: "2023-10-01",
          title: "Shells by rail",
          wire: "AP",
          claims: [{ sentence: s, source: AUTHOR }],
        }),
      );
    }
    const a = (await store.getAllegation("transfer/KP/RU/ammunition"))!;
    expect(a).toMatchObject({ claimsFor: 2, independentOrigins: 1 });
  });

  it("counts unrelated articles in the author's voice as separate origins", async () => {
    const s = "The North has shipped artillery shells to Russia by rail.";
    for (const seed of [11, 12]) {
      await store.saveDocument(
        makeRecord({
          text: `${filler(seed)} ${s} ${filler(seed + 50)}`,
          outlet: `Outlet ${seed}`,
          published: "2023-10-01",
          claims: [{ sentence: s, source: AUTHOR }],
        }),
      );
    }
    const a = (await store.getAllegation("transfer/KP/RU/ammunition"))!;
    expect(a).toMatchObject({ independentOrigins: 2, status: "corroborated" });
  });

  it("skips a document whose text is already stored", async () => {
    const first = await store.saveDocument(nisArticle("Harbour Times", 1, "2023-09-01"));
    const again = await store.saveDocument(nisArticle("Harbour Times", 1, "2023-09-01"));
    expect(first.stored).toBe(true);
    expect(again).toEqual({ stored: false, documentId: first.documentId });
    expect(await store.hasText(nisArticle("x", 1, "2023-09-01").doc.text)).toBe(true);
    expect((await store.stats()).documents).toBe(1);
  });
});
