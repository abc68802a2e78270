import { describe, expect, it } from "vitest";
import { PhraseMatcher } from "../src/nlp/phrase-matcher.js";
import { tokenize } from "../src/nlp/tokenize.js";

describe("tokenize", () => {
  it("keeps abbreviations, hyphenated designations and splits possessives", () => {
    const text = "The U.S. sent KN-23s; Seoul’s anti-tank 152mm rounds.";
    expect(tokenize(text).map((t) => t.text)).toEqual([
      "The",
      "U.S.",
      "sent",
      "KN-23s",
      ";",
      "Seoul",
      "’s",
      "anti-tank",
      "152mm",
      "rounds",
      ".",
    ]);
  });
  it("gives offsets into the text", () => {
    const text = "  North Korea";
    const [a, b] = tokenize(text);
    expect(text.slice(a!.start, a!.end)).toBe("North");
    expect(text.slice(b!.start, b!.end)).toBe("Korea");
  });
});

describe("PhraseMatcher", () => {
  const m = new PhraseMatcher([
    { phrase: "North Korea", value: "KP" },
    { phrase: "Korea", value: "KR?" },
    { phrase: "US", value: "US", caseSensitive: true },
    { phrase: "anti-tank missiles", value: "atgm" },
  ]);
  it("prefers the longest phrase", () => {
    const hits = m.findAll(tokenize("North Korea and Korea"));
    expect(hits.map((h) => h.value)).toEqual(["KP", "KR?"]);
  });
  it("respects case-sensitive entries", () => {
    expect(m.findAll(tokenize("let us go to the US")).map((h) => h.value)).toEqual(["US"]);
  });
  it("folds hyphens and case", () => {
    const text = "sent Antitank Missiles";
    const [hit] = m.findAll(tokenize(text));
    expect(hit?.value).toBe("atgm");
    expect(text.slice(hit!.start, hit!.end)).toBe("Antitank Missiles");
  });
});
