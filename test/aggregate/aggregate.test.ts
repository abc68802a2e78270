import { describe, expect, it } from "vitest";
import { claimWeight, confidence, confidenceFromLogs } from "../../src/aggregate/confidence.js";
import {
  allegationKeysOf,
  coarseItem,
  isGeneralDenial,
  keyToString,
  parseKey,
  stanceOf,
} from "../../src/aggregate/keys.js";
import { minhashSignature, SAME_STORY, signatureBands, similarity } from "../../src/aggregate/minhash.js";
import { originOf } from "../../src/aggregate/origins.js";
import { isLargerQuantity } from "../../src/aggregate/quantity.js";
import { allegationStatus } from "../../src/aggregate/status.js";

const base = { participants: null, target: null, source: { country: "KR" } };

describe("allegation keys", () => {
  it.each([
    ["missile.srbm", "missile"],
    ["ammunition", "ammunition"],
  ])("coarse item of %s is %s", (fine, coarse) => expect(coarseItem(fine)).toBe(coarse));

  it("gives one key per distinct coarse item", () => {
    const keys = allegationKeysOf({
      ...base,
      type: "transfer",
      supplier: "KP",
      recipient: "RU",
      items: [
        { category: "missile.srbm", text: "KN-23", quantity: null },
        { category: "missile.cruise", text: "cruise missiles", quantity: null },
        { category: "ammunition.artillery", text: "shells", quantity: null },
      ],
    });
    expect(keys.map(keyToString)).toEqual(["transfer/KP/RU/missile", "transfer/KP/RU/ammunition"]);
  });

  it("reads a transfer with no item as arms, and skips a claim with neither side", () => {
    const claim = { ...base, type: "transfer" as const, supplier: "IR", recipient: null, items: [] };
    expect(allegationKeysOf(claim).map(keyToString)).toEqual(["transfer/IR/-/arms"]);
    expect(allegationKeysOf({ ...claim, supplier: null })).toEqual([]);
  });

  it("pairs meeting participants in code order and condemnations with the condemning state", () => {
    const meeting = {
      ...base,
      type: "meeting" as const,
      supplier: null,
      recipient: null,
      items: [],
      participants: ["RU", "KP"],
    };
    expect(allegationKeysOf(meeting).map(keyToString)).toEqual(["meeting/KP/RU/none"]);
    const condemnation = {
      ...base,
      type: "condemnation" as const,
      supplier: null,
      recipient: null,
      items: [],
      target: "KP",
    };
    expect(allegationKeysOf(condemnation).map(keyToString)).toEqual(["condemnation/KR/KP/none"]);
  });

  it("round-trips keys and recognises general denials", () => {
    const key = parseKey("transfer/KP/-/arms")!;
    expect(key).toEqual({ type: "transfer", supplier: "KP", recipient: null, item: "arms" });
    expect(isGeneralDenial(key, "against")).toBe(true);
    expect(isGeneralDenial(key, "for")).toBe(false);
    expect(parseKey("nonsense")).toBeNull();
  });

  it.each([
    ["CT+", "for"],
    ["PS+", "for"],
    ["CT-", "against"],
    ["PR-", "against"],
    ["Uu", "neutral"],
  ] as const)("factuality %s is %s", (f, stance) => expect(stanceOf(f)).toBe(stance));
});

describe("origins", () => {
  it("is the source for a named or state source, the story for the article's own voice", () => {
    expect(originOf({ kind: "intelligence", country: "KR", name: "NIS" }, 7, 3)).toBe("source:7");
    expect(originOf({ kind: "government", country: "US", name: null }, 8, 3)).toBe("source:8");
    expect(originOf({ kind: "author", country: null, name: null }, 9, 3)).toBe("story:3");
    expect(originOf({ kind: "government", country: null, name: null }, 10, 3)).toBe("story:3/government");
  });
});

describe("status and confidence", () => {
  it.each([
    [{ assertingOrigins: 2, denyingOrigins: 0, pairDenied: false }, "corroborated"],
    [{ assertingOrigins: 1, denyingOrigins: 0, pairDenied: false }, "single-source"],
    [{ assertingOrigins: 3, denyingOrigins: 1, pairDenied: false }, "contested"],
    [{ assertingOrigins: 3, denyingOrigins: 0, pairDenied: true }, "contested"],
  ] as const)("%o is %s", (input, status) => expect(allegationStatus(input)).toBe(status));

  it("grows with independent origins and shrinks with denials", () => {
    const w = claimWeight("CT+", "intelligence", false);
    expect(w).toBe(0.5);
    const one = confidence([{ weight: w, origins: 1 }], []);
    const two = confidence([{ weight: w, origins: 2 }], []);
    const denied = confidence(
      [{ weight: w, origins: 2 }],
      [{ weight: claimWeight("CT-", "government", true), origins: 1 }],
    );
    expect(one).toBe(0.5);
    expect(two).toBe(0.75);
    expect(denied).toBeLessThan(two);
    expect(confidenceFromLogs(2 * Math.log(1 - w), 0)).toBe(two);
  });

  it("prefers counted items over money when picking the largest quantity", () => {
    const shells = { value: 1000, unit: "items", qualifier: "exact" } as const;
    const money = { value: 5e8, unit: "USD", qualifier: "about" } as const;
    expect(isLargerQuantity(shells, money)).toBe(true);
    expect(isLargerQuantity(money, shells)).toBe(false);
    expect(isLargerQuantity({ ...shells, value: 2000 }, shells)).toBe(true);
  });
});

describe("MinHash", () => {
  const story =
    "Freight trains carried crates of shells across the northern border for a third week, rail workers in the " +
    "frontier town told a local newspaper, adding that the wagons returned empty each night under guard.";

  it("finds a republished copy with its own credit line similar, and an unrelated text not", () => {
    const a = minhashSignature(story);
    const copy = minhashSignature(`(Example Wire) Republished by the Valley Post. ${story}`);
    const other = minhashSignature(
      "The city council approved a budget for the new bridge on Tuesday after a long debate about school funding.",
    );
    expect(similarity(a, copy)).toBeGreaterThanOrEqual(SAME_STORY);
    expect(similarity(a, other)).toBeLessThan(0.2);
    expect(signatureBands(a).some((b) => signatureBands(copy).includes(b))).toBe(true);
  });

  it("handles empty and huge texts without blowing up", () => {
    expect(minhashSignature("")).toHaveLength(128);
    const long = "word, ".repeat(200_000);
    const t = Date.now();
    expect(minhashSignature(long)).toHaveLength(128);
    expect(Date.now() - t).toBeLessThan(2000);
  });
});
