// Lexicon matching inside hyphenated compounds: "Russia-Ukraine war", "Kim-Putin summit" and
// "U.S.-made" hold names the tokenizer keeps in one token. A compound that is itself a lexicon
// word ("Guinea-Bissau", "Won-sik") stays whole, and so does one with a lower-case prefix:
// "pro-Russian" separatists and "un-American" name no state.
import { type Token, tokenKey } from "./tokenize.js";

const HYPHEN = /[-‐‑–]/;
const PARTS = /[^-‐‑–]+/g;

export function splitHyphenated(tokens: readonly Token[], keepWhole: (t: Token) => boolean): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (!HYPHEN.test(t.text) || /^\p{Ll}/u.test(t.text) || keepWhole(t)) {
      out.push(t);
      continue;
    }
    for (const m of t.text.matchAll(PARTS)) {
      const start = t.start + (m.index ?? 0);
      out.push({ start, end: start + m[0].length, text: m[0], key: tokenKey(m[0]) });
    }
  }
  return out;
}
