// The parts a person mention is built from: a role title as stated ("Deputy Foreign Minister",
// "national security spokesman") and a name (capitalised words, initials, hyphenated given names).
import type { Mention } from "../core/model.js";
import type { PersonLexicon, TitleHead } from "../lexicon/people.js";
import type { Token } from "./tokenize.js";

export interface RoleMatch {
  from: number;
  to: number;
  head: TitleHead;
}

/**
 * The role starting at token i: modifiers then a title head. Of the heads that fit, the one that
 * ends last, then the one that starts first ("intelligence chief" over "chief").
 */
export function roleAt(toks: readonly Token[], i: number, lex: PersonLexicon): RoleMatch | null {
  let best: RoleMatch | null = null;
  let m = i;
  for (;;) {
    const head = lex.titles.longestAt(toks, m);
    if (head && (!best || head.to > best.to)) best = { from: i, to: head.to, head: head.value };
    const mod = lex.modifiers.longestAt(toks, m);
    if (!mod) break;
    m = mod.to;
  }
  return best;
}

const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
// Headline capitals are no names: "SENATOR WARNS", "JOURNALIST CHARGED" ("JD" Vance is).
const SHOUTED = /^\p{Lu}{4,}$/u;
const INITIAL = /^\p{Lu}$/u;
const MAX_NAME_WORDS = 4;

/** End (exclusive) of the name starting at token k, or k when none: "Kim Jong Un", "George W. Bush". */
export function nameEnd(toks: readonly Token[], k: number, covered: Uint8Array, lex: PersonLexicon): number {
  let j = k;
  let words = 0;
  while (j < toks.length && words < MAX_NAME_WORDS) {
    const t = toks[j]!;
    if (covered[j] || !NAME_WORD.test(t.text) || SHOUTED.test(t.text) || lex.notNames.has(t.key)) break;
    if (lex.titles.hasMatchAt(toks, j) && words > 0) break;
    if (
      INITIAL.test(t.text) &&
      toks[j + 1]?.text === "." &&
      toks[j + 2] &&
      NAME_WORD.test(toks[j + 2]!.text)
    ) {
      j += 2; // "W." in "George W. Bush"
      continue;
    }
    j++;
    words++;
  }
  return j;
}

/** 1 for every token inside one of the mentions (sorted by start), else 0. */
export function coveredTokens(toks: readonly Token[], mentions: readonly Mention[]): Uint8Array {
  const covered = new Uint8Array(toks.length);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let m = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    while (m < sorted.length && sorted[m]!.end <= t.start) m++;
    const s = sorted[m];
    if (s && s.start < t.end && t.start < s.end) covered[i] = 1;
  }
  return covered;
}
