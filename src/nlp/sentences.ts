// Sentences and paragraphs. Paragraphs are blank-line separated blocks; a text with no blank
// lines written one sentence per line gets one paragraph per line. Inside a block, sentences end
// at a terminal mark the next word confirms (see sentence-boundary.ts) and before bullet lines.
import type { Sentence, Span } from "../core/model.js";
import type { AbbreviationLexicon } from "../lexicon/abbreviations.js";
import { isTerminalCode, sentenceEndAt } from "./sentence-boundary.js";

const BLANK_LINE = /\n[ \t\r\u00a0]*\n/g;
const LINE = /[^\n]+/g;
// "- item", "* item", "• item", "1. item", "2) item".
const BULLET = /^[ \t]*(?:[-*•·–—▪]|\d{1,2}[.)])[ \t]/;
const ENDS_TERMINAL = /[.!?…]["”’')\]»]*[ \t\r]*$/;

export function splitSentences(text: string, abbr: AbbreviationLexicon): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const block of findParagraphs(text)) {
    const before = out.length;
    for (const part of splitAtBullets(text, block)) {
      for (const s of splitBlock(text, part, abbr)) {
        out.push({ start: s.start, end: s.end, index: out.length, paragraph }); // a spread is slower here
      }
    }
    if (out.length > before) paragraph++;
  }
  return out;
}

/** Blank-line separated blocks; lines, when the text has no blank line and reads one sentence per line. */
export function findParagraphs(text: string): Span[] {
  const blocks: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(BLANK_LINE)) {
    blocks.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  blocks.push({ start: from, end: text.length });
  if (blocks.length > 1) return blocks;
  const lines = [...text.matchAll(LINE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const terminal = lines.filter((l) => ENDS_TERMINAL.test(text.slice(l.start, l.end))).length;
  return lines.length > 1 && terminal * 2 >= lines.length ? lines : blocks;
}

/** Each bullet line starts a new part: a list item never runs on into the next. */
function splitAtBullets(text: string, block: Span): Span[] {
  const parts: Span[] = [];
  let from = block.start;
  let lineStart = block.start;
  while (lineStart < block.end) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl === -1 || nl >= block.end ? block.end : nl;
    if (lineStart > from && BULLET.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 8)))) {
      parts.push({ start: from, end: lineStart });
      from = lineStart;
    }
    lineStart = lineEnd + 1;
  }
  parts.push({ start: from, end: block.end });
  return parts;
}

function splitBlock(text: string, block: Span, abbr: AbbreviationLexicon): Span[] {
  const spans: Span[] = [];
  let from = block.start;
  for (let p = block.start; p < block.end; p++) {
    if (!isTerminalCode(text.charCodeAt(p))) continue;
    const end = sentenceEndAt(text, p, block.end, abbr);
    if (end < 0) continue;
    pushTrimmed(text, from, end, spans);
    from = end;
    p = end - 1;
  }
  pushTrimmed(text, from, block.end, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  while (e - s > MAX_SENTENCE) {
    const cut = clauseCut(text, s);
    pushTrimmed(text, s, cut, out);
    s = cut;
    while (s < e && /\s/.test(text[s]!)) s++;
  }
  if (e > s) out.push({ start: s, end: e });
}

// News sentences stay well under a thousand characters. A run-on "sentence" of many thousands (a
// table flattened to one line, "X sent drones to Y, X sent drones to Y, …" repeated) is cut into
// pieces, so that no rule reads every item to its end for every verb, nor quotes it all as evidence.
export const MAX_SENTENCE = 2000;
const CLAUSE_MARKS = [";", ",", " "];

/** Where to cut a long sentence starting at `s`: after the last ";", else ",", else space in its second half. */
function clauseCut(text: string, s: number): number {
  const lo = s + MAX_SENTENCE / 2;
  for (const mark of CLAUSE_MARKS) {
    for (let p = s + MAX_SENTENCE - 1; p >= lo; p--) if (text[p] === mark) return p + 1;
  }
  return s + MAX_SENTENCE;
}
