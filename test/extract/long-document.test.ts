// Extraction time grows about linearly with the length of one document: a 2 MB article takes
// about ten times as long as a 200 KB one, not a hundred. The articles are made up (the bench's
// generator of transfer reports) with one paragraph of comma-separated parts, the shape of a
// parts list pasted into a report. Compares two runs in one process, so machine load cancels out.
import { describe, expect, it } from "vitest";
import { generateArticles } from "../../bench/generate-corpus.js";
import { runPipeline } from "../../src/core/pipeline.js";
import { loadLexicons } from "../../src/lexicon/load.js";
import { annotate } from "../../src/nlp/annotate.js";
import { docOf } from "../nlp/states.helpers.js";

const lex = loadLexicons();

// Transfers whose recipient only other sentences tell (the inferred-recipient refiner's input).
const SUPPLIER_ONLY = [
  "The steady supply of Iranian drones lets Russia keep up its strikes.",
  "Shipments of North Korean shells continued, officials said.",
];

/** About `bytes` of made-up reporting, with a comma list of bytes/20 parts in the middle. */
function longArticle(bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (const a of generateArticles(Number.MAX_SAFE_INTEGER, 11)) {
    parts.push(a.text, SUPPLIER_ONLY[parts.length % 2]!);
    length += a.text.length;
    if (length >= bytes) break;
  }
  parts.splice(parts.length >> 1, 0, `The parts listed were${", bolts".repeat(Math.round(bytes / 20))}.`);
  return parts.join("\n\n");
}

function secondsToExtract(text: string): { seconds: number; claims: number } {
  const t0 = performance.now();
  const { claims } = runPipeline(docOf(text), lex);
  return { seconds: (performance.now() - t0) / 1000, claims: claims.length };
}

describe("a long document", () => {
  it("extracts in time about linear in its length", { timeout: 120_000 }, () => {
    const small = longArticle(200_000);
    const large = longArticle(2_000_000);
    secondsToExtract(small); // warm-up: the JIT has seen every rule before timing
    const a = secondsToExtract(small);
    const b = secondsToExtract(large);
    expect(b.claims).toBeGreaterThan(a.claims * 5);
    // 10× the input; quadratic work would be ~100×.
    expect(b.seconds / a.seconds).toBeLessThan(20);
  });

  // One run-on sentence of 20,000 clauses: each claim must not take every item to the end of the
  // sentence, nor quote all of it (before the splitter capped sentence length this ran out of memory).
  it("extracts a 560 KB run-on sentence with bounded claims", { timeout: 120_000 }, () => {
    const text = `${"Iran sent drones to Russia, ".repeat(20_000)}officials said.`;
    const { extraction } = runPipeline(docOf(text), lex);
    expect(extraction.claims.length).toBeGreaterThan(1000);
    for (const c of extraction.claims) {
      expect(c.evidence.end - c.evidence.start).toBeLessThanOrEqual(2000);
      expect(c.items.length).toBeLessThan(100);
    }
  });

  it("annotates a text naming states 150,000 times without overflowing the stack", () => {
    const text = "Iran and Russia met. ".repeat(75_000);
    expect(annotate(docOf(text), lex).mentions.length).toBeGreaterThanOrEqual(150_000);
  });
});
