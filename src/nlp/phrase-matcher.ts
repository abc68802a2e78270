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

const NO_MATCHES: readonly never[] = Object.freeze([]);

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

  /** All matches at token `i`, longest first. Most tokens start no phrase: they share one empty list. */
  matchAt(tokens: readonly Token[], i: number): readonly PhraseMatch<T>[] {
    const candidates = this.candidatesAt(tokens, i);
    if (!candidates) return NO_MATCHES;
    const out: PhraseMatch<T>[] = [];
    for (const c of candidates) if (fits(c, tokens, i)) out.push(toMatch(c, tokens, i));
    return out;
  }

  /** The longest match at token `i`, if any: `matchAt(tokens, i)[0]` without building the list. */
  longestAt(tokens: readonly Token[], i: number): PhraseMatch<T> | undefined {
    const candidates = this.candidatesAt(tokens, i);
    if (!candidates) return undefined;
    for (const c of candidates) if (fits(c, tokens, i)) return toMatch(c, tokens, i);
    return undefined;
  }

  /** Does any phrase start at token `i`. */
  hasMatchAt(tokens: readonly Token[], i: number): boolean {
    const candidates = this.candidatesAt(tokens, i);
    return !!candidates && candidates.some((c) => fits(c, tokens, i));
  }

  private candidatesAt(tokens: readonly Token[], i: number): Compiled<T>[] | undefined {
    const first = tokens[i];
    return first && this.byFirstKey.get(first.key);
  }

  /** Leftmost-longest, non-overlapping matches over the tokens. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = this.longestAt(tokens, i);
      if (hit) {
        out.push(hit);
        i = hit.to;
      } else i++;
    }
    return out;
  }
}

function fits<T>(c: Compiled<T>, tokens: readonly Token[], i: number): boolean {
  if (i + c.keys.length > tokens.length) return false;
  for (let k = 0; k < c.keys.length; k++) {
    const t = tokens[i + k]!;
    if (t.key !== c.keys[k] || (c.caseSensitive && t.text !== c.surface[k])) return false;
  }
  return true;
}

function toMatch<T>(c: Compiled<T>, tokens: readonly Token[], i: number): PhraseMatch<T> {
  const to = i + c.keys.length;
  const end = tokens[to - 1]!.end;
  return { from: i, to, start: tokens[i]!.start, end, value: c.value, phrase: c.phrase };
}
