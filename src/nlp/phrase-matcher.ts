// Longest-match lookup of lexicon phrases over word tokens. Every gazetteer (states,
// organisations, weapon terms, cue words) compiles into one of these.
import { type Token, tokenize } from "./tokenize.js";

export interface PhraseEntry<T> {
  phrase: string;
  value: T;
  /** Match only with the exact capitalisation of `phrase` ("US" but not "us", "Chad" not "chad"). */
  caseSensitive?: boolean;
}

export interface PhraseMatch<T> {
  /** Index of the first and one-past-last token. */
  from: number;
  to: number;
  start: number;
  end: number;
  value: T;
  phrase: string;
}

interface Compiled<T> {
  keys: string[];
  surface: string[];
  value: T;
  caseSensitive: boolean;
  phrase: string;
}

export class PhraseMatcher<T> {
  private readonly byFirstKey = new Map<string, Compiled<T>[]>();

  constructor(entries: Iterable<PhraseEntry<T>>) {
    for (const e of entries) {
      const toks = tokenize(e.phrase);
      if (toks.length === 0) continue;
      const compiled: Compiled<T> = {
        keys: toks.map((t) => t.key),
        surface: toks.map((t) => t.text),
        value: e.value,
        caseSensitive: e.caseSensitive ?? false,
        phrase: e.phrase,
      };
      const first = compiled.keys[0]!;
      const list = this.byFirstKey.get(first) ?? [];
      list.push(compiled);
      this.byFirstKey.set(first, list);
    }
    // Longest first, so the first hit at a position is the longest.
    for (const list of this.byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** All matches at token `i`, longest first. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T>[] {
    const first = tokens[i];
    if (!first) return [];
    const candidates = this.byFirstKey.get(first.key);
    if (!candidates) return [];
    const out: PhraseMatch<T>[] = [];
    for (const c of candidates) {
      if (i + c.keys.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < c.keys.length && ok; k++) {
        const t = tokens[i + k]!;
        ok = t.key === c.keys[k] && (!c.caseSensitive || t.text === c.surface[k]);
      }
      if (!ok) continue;
      const last = tokens[i + c.keys.length - 1]!;
      out.push({
        from: i,
        to: i + c.keys.length,
        start: first.start,
        end: last.end,
        value: c.value,
        phrase: c.phrase,
      });
    }
    return out;
  }

  /** Leftmost-longest, non-overlapping matches over the tokens. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = this.matchAt(tokens, i)[0];
      if (hit) {
        out.push(hit);
        i = hit.to;
      } else i++;
    }
    return out;
  }
}
