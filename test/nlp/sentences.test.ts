import { describe, expect, it } from "vitest";
import { loadLexicons } from "../../src/lexicon/load.js";
import { findParagraphs, MAX_SENTENCE, splitSentences } from "../../src/nlp/sentences.js";

const abbr = loadLexicons().abbreviations;
const sentencesOf = (text: string) => splitSentences(text, abbr).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  const cases: Array<[string, string, string[]]> = [
    [
      "plain",
      "Tanks arrived. Guns followed! Who paid? Nobody.",
      ["Tanks arrived.", "Guns followed!", "Who paid?", "Nobody."],
    ],
    [
      "titles",
      "Gen. Park met Lt. Col. Ahn and Dr. Lee. They talked.",
      ["Gen. Park met Lt. Col. Ahn and Dr. Lee.", "They talked."],
    ],
    [
      "dotted country",
      "The U.S. Army and the U.K. Navy sailed. The U.N. watched.",
      ["The U.S. Army and the U.K. Navy sailed.", "The U.N. watched."],
    ],
    [
      "abbreviation ends the sentence",
      "Drones were sold to the U.S. The deal was small.",
      ["Drones were sold to the U.S.", "The deal was small."],
    ],
    [
      "initials",
      "George W. Bush spoke. Then J. R. Smith left.",
      ["George W. Bush spoke.", "Then J. R. Smith left."],
    ],
    [
      "decimals and numbers",
      "It cost 1.5 million dollars, i.e. a lot. Shipment No. 4 left on Sept. 3.",
      ["It cost 1.5 million dollars, i.e. a lot.", "Shipment No. 4 left on Sept. 3."],
    ],
    [
      "months and e.g.",
      "Talks began Jan. 5, e.g. in Oslo. St. Petersburg hosted vs. Kyiv.",
      ["Talks began Jan. 5, e.g. in Oslo.", "St. Petersburg hosted vs. Kyiv."],
    ],
    [
      "closing quote",
      'He said: "We sent none." Then he left.',
      ['He said: "We sent none."', "Then he left."],
    ],
    [
      "curly quote question",
      "“Were they ours?” he asked. Nobody knew.",
      ["“Were they ours?” he asked.", "Nobody knew."],
    ],
    [
      "dateline",
      "OSLO (Wire) — Norway sent boats. More may follow.",
      ["OSLO (Wire) — Norway sent boats.", "More may follow."],
    ],
    [
      "machine-translation debris",
      "Drones went to Russia. , mortars and howitzers. Next came fuel.",
      ["Drones went to Russia. , mortars and howitzers.", "Next came fuel."],
    ],
    [
      "lowercase continuation",
      "The total was 5 mn. in value. It rose.",
      ["The total was 5 mn. in value.", "It rose."],
    ],
    ["ellipsis", "They waited... Then the trucks came.", ["They waited...", "Then the trucks came."]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it("gives spans into the original text and numbers sentences", () => {
    const text = "  First one.  Second one.  ";
    const s = splitSentences(text, abbr);
    expect(s).toEqual([
      { index: 0, paragraph: 0, start: 2, end: 12 },
      { index: 1, paragraph: 0, start: 14, end: 25 },
    ]);
  });

  it("makes a heading followed by a blank line its own sentence and paragraph", () => {
    const text = "Boats for the navy\n\nThe navy got boats. It was glad.\n\nMore later";
    const s = splitSentences(text, abbr);
    expect(s.map((x) => [text.slice(x.start, x.end), x.paragraph])).toEqual([
      ["Boats for the navy", 0],
      ["The navy got boats.", 1],
      ["It was glad.", 1],
      ["More later", 2],
    ]);
  });

  it("ends a sentence at each bullet line", () => {
    const text = "The package holds:\n- radars\n- trucks and fuel\n• spare parts\n1. boats";
    expect(sentencesOf(text)).toEqual([
      "The package holds:",
      "- radars",
      "- trucks and fuel",
      "• spare parts",
      "1. boats",
    ]);
  });

  it("joins hard-wrapped lines inside a paragraph", () => {
    const text = "The ministry said the\nshipment left port.\nIt arrived later.\n\nNew paragraph here.";
    const s = splitSentences(text, abbr);
    expect(s.map((x) => [text.slice(x.start, x.end), x.paragraph])).toEqual([
      ["The ministry said the\nshipment left port.", 0],
      ["It arrived later.", 0],
      ["New paragraph here.", 1],
    ]);
  });

  it("treats each line as a paragraph when a text has one sentence per line and no blank lines", () => {
    const text = "Boats left port.\nTrucks followed.\nSource: XY";
    const s = splitSentences(text, abbr);
    expect(s.map((x) => [text.slice(x.start, x.end), x.paragraph])).toEqual([
      ["Boats left port.", 0],
      ["Trucks followed.", 1],
      ["Source: XY", 2],
    ]);
    expect(findParagraphs(text)).toHaveLength(3);
  });

  it("returns nothing for blank text", () => {
    expect(splitSentences(" \n\n \n", abbr)).toEqual([]);
  });

  it("is linear on pathological input", () => {
    const text = `${"a.".repeat(200_000)} ${",".repeat(100_000)}. ${"Gen. ".repeat(100_000)}`;
    const t0 = performance.now();
    splitSentences(text, abbr);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe("run-on sentences", () => {
  it("cuts a sentence longer than the cap after a clause mark", () => {
    const text = `${"Tanks went north, ".repeat(500)}and stopped.`;
    const parts = sentencesOf(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(parts.slice(0, -1).every((p) => p.endsWith(","))).toBe(true);
    expect(parts.join(" ")).toBe(text);
  });

  it("leaves a long but ordinary sentence whole", () => {
    const text = `The list named ${"bolts, ".repeat(100)}and nuts.`;
    expect(sentencesOf(text)).toEqual([text]);
  });
});
