// Which tokens lie inside mentions found earlier, so a later recogniser does not start a match
// inside "Korean People's Army" or read the "2" of "Leopard 2" as a count.
import type { Span } from "../core/model.js";
import type { Token } from "./tokenize.js";

export function coveredTokens(tokens: readonly Token[], spans: readonly Span[]): Uint8Array {
  const covered = new Uint8Array(tokens.length);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let t = 0;
  for (const span of sorted) {
    while (t < tokens.length && tokens[t]!.end <= span.start) t++;
    for (let k = t; k < tokens.length && tokens[k]!.start < span.end; k++) covered[k] = 1;
  }
  return covered;
}

const SENTENCE_OPENERS = new Set([
  ".",
  "!",
  "?",
  ":",
  ";",
  "“",
  '"',
  "‘",
  "'",
  "(",
  "[",
  "—",
  "–",
  "-",
  "•",
  "*",
]);

/** True for the first word of a sentence, heading or quotation, where capitals say nothing. */
export function opensSentence(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return true;
  if (SENTENCE_OPENERS.has(prev.text)) return true;
  return text.slice(prev.end, tokens[i]!.start).includes("\n");
}
