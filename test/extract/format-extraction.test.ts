// The human-readable output: one line per claim; with --explain the marked sentence and the rule.
import { describe, expect, it } from "vitest";
import { formatSummary } from "../../src/cli/format-extraction.js";
import type { Extraction } from "../../src/core/model.js";
import { type PipelineResult, runPipeline } from "../../src/core/pipeline.js";
import { parseInput } from "../../src/ingest/parse-input.js";
import { loadLexicons } from "../../src/lexicon/load.js";
import { annotateMarkup } from "./markup.js";
import { claimsOf } from "./run.js";

function resultOf(marked: string): PipelineResult {
  const annotated = annotateMarkup(marked);
  const extraction: Extraction = {
    schema: "armstrace.extraction/1",
    extractor: "test",
    document: { ...annotated.doc.meta, title: "Test", wire: null },
    entities: [],
    claims: claimsOf(marked),
    diagnostics: [],
  };
  return { annotated, claims: extraction.claims, extraction };
}

const MARKED = "[PL:Polish] officials said [BY:Belarus] sent [item:drone:drones] to [RU:Russia].";

describe("formatSummary", () => {
  it("lists each claim on one line", () => {
    const out = formatSummary(resultOf(MARKED), { explain: false, color: false });
    expect(out).toContain("c1 transfer BY → RU [drone] delivered CT+ by government/PL (officials)");
    expect(out).not.toContain("rule:");
  });

  it("brackets trigger, cue and roles when not on a terminal", () => {
    const out = formatSummary(resultOf(MARKED), { explain: true, color: false });
    expect(out).toContain("rule: transfer-give");
    expect(out).toContain(
      "Polish [source: officials] [cue: said] [supplier: Belarus] [trigger: sent] [item: drones] to [recipient: Russia].",
    );
  });

  it("colours them on a terminal", () => {
    const out = formatSummary(resultOf(MARKED), { explain: true, color: true });
    expect(out).toContain("\x1b[1;31mBelarus\x1b[0m");
    expect(out).not.toContain("[supplier:");
  });

  // Input offsets count the header block; the marked sentence must still be the claim's own.
  it("marks the right words in an article with a header block", () => {
    const text =
      "title: T\noutlet: O\n---\nIt rained.\n\nPolish officials said Belarus sent drones to Russia.\n";
    const [doc] = parseInput(text, "header.txt");
    const out = formatSummary(runPipeline(doc!, loadLexicons()), { explain: true, color: false });
    expect(out).toContain("[supplier: Belarus] [trigger: sent] [item: drones] to [recipient: Russia].");
  });
});
