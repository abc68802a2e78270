// Word tokens with offsets, for lexicon matching. Punctuation is dropped except as a boundary;
// abbreviations with internal periods ("U.S.", "U.K.") and hyphenated words ("KN-23",
// "anti-tank") stay one token so that lexicon phrases tokenise the same way as text.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Matching key: lower case, hyphens and apostrophe variants folded ("Anti-Tank" → "antitank"). */
  key: string;
}

// Order matters: abbreviations first ("U.S."), then words with inner hyphens, apostrophes or
// digits ("Hwasong-11", "152mm", "1,000", "F-16"), then any single non-space symbol.
const TOKEN = /(?:[A-Za-z]\.){2,}|[\p{L}\p{N}]+(?:[-‐‑–.,'’/][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

const HYPHENS = /[-‐‑–]/g;

export function tokenKey(text: string): string {
  return text.toLowerCase().replace(HYPHENS, "").replace(/’/g, "'");
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) {
    const start = from + (m.index ?? 0);
    let word = m[0];
    // A trailing possessive is its own token: "Seoul's" → "Seoul", "'s".
    const possessive = /['’]s$/i.exec(word);
    if (possessive && word.length > 2) {
      word = word.slice(0, -2);
      tokens.push({ start, end: start + word.length, text: word, key: tokenKey(word) });
      const pStart = start + word.length;
      tokens.push({ start: pStart, end: pStart + 2, text: m[0].slice(-2), key: "'s" });
      continue;
    }
    tokens.push({ start, end: start + word.length, text: word, key: tokenKey(word) });
  }
  return tokens;
}
