// The shortcuts taken for speed must give what the plain forms give: the possessive split and
// key folding of the tokenizer, and longestAt / hasMatchAt against matchAt.
import { describe, expect, it } from "vitest";
import { PhraseMatcher } from "../../src/nlp/phrase-matcher.js";
import { tokenize, tokenKey } from "../../src/nlp/tokenize.js";

describe("tokenizer shortcuts", () => {
  it("splits a possessive in any quote and case, but not a bare 's", () => {
    const tokens = tokenize("KYIV'S drones, Minsk’s shells, it's 's");
    expect(tokens.map((t) => [t.text, t.key])).toEqual([
      ["KYIV", "kyiv"],
      ["'S", "'s"],
      ["drones", "drones"],
      [",", ","],
      ["Minsk", "minsk"],
      ["’s", "'s"],
      ["shells", "shells"],
      [",", ","],
      ["it", "it"],
      ["'s", "'s"],
      ["'", "'"],
      ["s", "s"],
    ]);
  });

  it("folds hyphens and curly apostrophes only where there are some", () => {
    expect(tokenKey("Anti‑Tank")).toBe("antitank");
    expect(tokenKey("O’Brien")).toBe("o'brien");
    expect(tokenKey("Howitzers")).toBe("howitzers");
  });

  it("tokenizes a range of a text as the same slice tokenized alone", () => {
    const text = "Officials said. Tanks arrived in Poland.";
    const inner = tokenize(text, 16, text.length);
    expect(inner.map((t) => t.text)).toEqual(["Tanks", "arrived", "in", "Poland", "."]);
    expect(inner[0]!.start).toBe(16);
  });
});

describe("PhraseMatcher shortcuts", () => {
  const matcher = new PhraseMatcher([
    { phrase: "air defence", value: "short" },
    { phrase: "air defence system", value: "long" },
    { phrase: "US", value: "us", caseSensitive: true },
  ]);
  const tokens = tokenize("The US sent air defence systems and an air defence system; us too.");

  it("longestAt is the first of matchAt and hasMatchAt says whether there is one", () => {
    for (let i = 0; i <= tokens.length; i++) {
      const all = matcher.matchAt(tokens, i);
      expect(matcher.longestAt(tokens, i)).toEqual(all[0]);
      expect(matcher.hasMatchAt(tokens, i)).toBe(all.length > 0);
    }
  });

  it("finds the longest phrase first and keeps case-sensitive phrases exact", () => {
    const hits = matcher.findAll(tokens).map((h) => h.value);
    expect(hits).toEqual(["us", "short", "long"]);
  });
});
