// The views slice the document's tokens per sentence (AnnotatedDocument.tokens) instead of
// tokenising every sentence again; the tokens must be the same as tokenising each sentence alone,
// including at edges where a token of the whole text would run across a sentence boundary.
import { describe, expect, it } from "vitest";
import { buildViews, tokensWithin } from "../../src/extract/sentence-view.js";
import { loadLexicons } from "../../src/lexicon/load.js";
import { annotate } from "../../src/nlp/annotate.js";
import { tokenize } from "../../src/nlp/tokenize.js";
import { docOf } from "../nlp/states.helpers.js";

const lex = loadLexicons();

const TEXT = [
  "The U.S. sent 1,000 anti-tank rounds to Kyiv's forces on Monday.",
  'Tehran’s envoy denied it: "No Shahed-136 drones left Iran," he said (officially).',
  "Officials in the U.K. said so.Later, Berlin's ministry agreed — 152mm shells, F-16 parts…",
  "",
  "A new paragraph: Pyongyang's KN-23 missiles reached Russia's army.",
].join("\n");

describe("sentence view tokens", () => {
  it("slices the document tokens into exactly the tokens of each sentence", () => {
    const ann = annotate(docOf(TEXT), lex);
    expect(ann.tokens?.length).toBeGreaterThan(40);
    const sliced = buildViews(TEXT, ann.sentences, ann.mentions, lex.claims, ann.tokens);
    const alone = buildViews(TEXT, ann.sentences, ann.mentions, lex.claims);
    expect(sliced.map((v) => v.tokens)).toEqual(alone.map((v) => v.tokens));
    expect(sliced.map((v) => v.hits)).toEqual(alone.map((v) => v.hits));
  });

  it("declines a sentence edge that cuts a token of the whole text", () => {
    const text = "Seoul's army";
    const tokens = tokenize(text);
    // A boundary between "Seoul" and "'s": tokenised alone, "'s army" gives "'", "s", "army".
    expect(tokensWithin(tokens, 1, { start: 5, end: 12, index: 0, paragraph: 0 })).toBeNull();
    // Inside a word: "Seo|ul's".
    expect(tokensWithin(tokens, 0, { start: 0, end: 3, index: 0, paragraph: 0 })).toBeNull();
    expect(tokensWithin(tokens, 0, { start: 0, end: 12, index: 0, paragraph: 0 })).toEqual(tokens);
  });
});
