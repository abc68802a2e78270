// Is the period (or ! ? …) at `p` the end of a sentence? One forward look at the next word and
// one bounded look back at the word the period closes: linear in the text.
import type { AbbreviationLexicon } from "../lexicon/abbreviations.js";

const CLOSERS = new Set(['"', "”", "’", "'", ")", "]", "»"]);
// The next sentence cannot start with these: "Russia. , mortars and howitzers." continues a list.
const CONTINUATION = /[\p{Ll},;:)\]]/u;
const SINGLE_INITIAL = /^\p{Lu}$/u;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const LETTER = /\p{L}/u;
/** Longest word looked back at: "Sept", "U.S.A"; also bounds the work on "a.a.a.a…" runs. */
const MAX_ABBREVIATION = 12;

/** Is the character code at a position ". ! ? …"; codes, not strings: this runs on every character. */
export function isTerminalCode(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/**
 * For a terminal mark at `p`, the offset just after it and its closing quotes when it ends a
 * sentence ('he said." Then' → after the quote), else -1.
 */
export function sentenceEndAt(text: string, p: number, limit: number, abbr: AbbreviationLexicon): number {
  let q = p + 1;
  while (q < limit && CLOSERS.has(text[q]!)) q++;
  if (q >= limit) return limit;
  if (!isSpace(text[q]!)) return -1; // "1.5", "U.S.-made", "e.g.,"
  let r = q;
  while (r < limit && isSpace(text[r]!)) r++;
  if (r >= limit) return q;
  if (continuesSentence(text[r]!)) return -1;
  if (text[p] !== ".") return q;
  const word = wordBefore(text, p);
  if (!LETTER.test(word)) return q;
  if (SINGLE_INITIAL.test(word) || abbr.neverFinal.has(word)) return -1; // "George W. Bush", "Gen. Kim"
  if (abbr.mayEnd.has(word) || DOTTED.test(word)) {
    return abbr.sentenceStarters.has(wordAt(text, r, limit)) ? q : -1; // "the U.S. The deal" vs "U.S. Army"
  }
  return q;
}

// ASCII first, by code: these run on every period; the Unicode classes decide the rest.
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return LETTER.test(ch);
}

/** CONTINUATION: a lower-case letter or , ; : ) ] ("Russia. , mortars and howitzers."). */
function continuesSentence(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x29 || c === 0x5d;
  return CONTINUATION.test(ch);
}

function isSpace(ch: string): boolean {
  return ch === " " || ch === "\n" || ch === "\t" || ch === "\r" || ch === "\u00a0";
}

/** The letters and inner periods right before `p`: "U.S" for "U.S.", "Gen" for "Gen.". */
function wordBefore(text: string, p: number): string {
  let s = p;
  while (s > 0 && p - s < MAX_ABBREVIATION && (isLetter(text[s - 1]!) || text[s - 1] === ".")) s--;
  if (p - s >= MAX_ABBREVIATION) return "";
  return text.slice(s, p).replace(/^\.+/, "");
}

function wordAt(text: string, r: number, limit: number): string {
  let e = r;
  while (e < limit && e - r < MAX_ABBREVIATION && isLetter(text[e]!)) e++;
  return text.slice(r, e);
}
