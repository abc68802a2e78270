// Word tokens with offsets, for lexicon matching. Punctuation is dropped except as a boundary;
// abbreviations with internal periods ("U.S.", "U.K.") and hyphenated words ("KN-23",
// "anti-tank") stay one token so that lexicon phrases tokenise the same way as text.

import type { WordToken } from "../core/model.js";

export type Token = WordToken;

// Order matters: abbreviations first ("U.S."), then words with inner hyphens, apostrophes or
// digits ("Hwasong-11", "152mm", "1,000", "F-16"), then any single non-space symbol.
const TOKEN = /(?:[A-Za-z]\.){2,}|[\p{L}\p{N}]+(?:[-‐‑–.,'’/][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

const HYPHENS = /[-‐‑–]/g;
// Most words hold no hyphen or curly apostrophe: one test spares them two replaces.
const NEEDS_FOLDING = /[-‐‑–’]/;

export function tokenKey(text: string): string {
  const lower = text.toLowerCase();
  return NEEDS_FOLDING.test(lower) ? lower.replace(HYPHENS, "").replace(/’/g, "'") : lower;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  TOKEN.lastIndex = 0; // exec runs to null, which resets it; this guards a throw mid-loop
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const start = from + m.index;
    const word = m[0];
    // A trailing possessive is its own token: "Seoul's" → "Seoul", "'s".
    if (word.length > 2 && endsWithPossessive(word)) {
      const stem = word.slice(0, -2);
      const pStart = start + stem.length;
      tokens.push({ start, end: pStart, text: stem, key: tokenKey(stem) });
      tokens.push({ start: pStart, end: pStart + 2, text: word.slice(-2), key: "'s" });
      continue;
    }
    tokens.push({ start, end: start + word.length, text: word, key: tokenKey(word) });
  }
  return tokens;
}

/** "'s", "’s", "'S" at the end of a word (character codes: this runs on every token). */
function endsWithPossessive(word: string): boolean {
  const s = word.charCodeAt(word.length - 1);
  const quote = word.charCodeAt(word.length - 2);
  return (s === 0x73 || s === 0x53) && (quote === 0x27 || quote === 0x2019);
}
