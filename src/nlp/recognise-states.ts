// States by name, abbreviation, demonym, capital or seat of power, with the few context rules
// that tell a state from a person ("Michael Jordan"), a US state ("Atlanta, Georgia") or a
// geographic phrase ("the Korean Peninsula").
import type { Mention, StateMention } from "../core/model.js";
import type { StateHit, StateLexicon } from "../lexicon/states.js";
import type { NlpContext } from "./annotate.js";
import { capitalisedAsListed } from "./lexicon-case.js";
import type { PhraseMatch } from "./phrase-matcher.js";
import { splitHyphenated } from "./split-hyphenated.js";
import type { Token } from "./tokenize.js";

export function recogniseStates(ctx: NlpContext): Mention[] {
  return findStates(ctx.doc.text, ctx.tokens, ctx.lex.states);
}

const memo = new WeakMap<readonly Token[], StateMention[]>();

/**
 * Every state mention in the text, leftmost-longest. Memoised per token array: organisations and
 * people read the same mentions to find possessors ("South Korea's Defence Ministry").
 */
export function findStates(text: string, tokens: readonly Token[], lex: StateLexicon): StateMention[] {
  const cached = memo.get(tokens);
  if (cached) return cached;
  const toks = splitHyphenated(tokens, (t) => lex.matcher.hasMatchAt([t], 0));
  const out: StateMention[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < toks.length; ) {
    const hit = lex.matcher
      .matchAt(toks, i)
      .find((m) => capitalisedAsListed(toks, m.from, m.value.capitalised));
    if (!hit) {
      i++;
      continue;
    }
    i = hit.to;
    const code = hit.value.code === null ? null : resolveCode(hit, toks, lex, seen);
    if (code === null) continue;
    seen.add(code);
    out.push(toMention(text, hit, code, lex));
  }
  memo.set(tokens, out);
  return out;
}

/** The state a hit names here, or null when the context says it is no state. */
function resolveCode(
  hit: PhraseMatch<StateHit>,
  toks: readonly Token[],
  lex: StateLexicon,
  seen: ReadonlySet<string>,
): string | null {
  const key = toks
    .slice(hit.from, hit.to)
    .map((t) => t.key)
    .join(" ");
  for (const cue of lex.ambiguous.get(key) ?? []) {
    if (cue === "given_name_before" && isGivenName(toks[hit.from - 1], lex)) return null;
    if (cue === "surname_after" && isGivenName(toks[hit.to], lex)) return null;
    if (cue === "us_state_cue" && hasUsStateCue(hit, toks, lex)) return null;
  }
  // "Korea" after "North Korea … North Korea" (and no South Korea yet) means the North.
  if (lex.bareKorea.has(key)) return seen.has("KP") && !seen.has("KR") ? "KP" : "KR";
  return hit.value.code;
}

/** "Michael" in "Michael Jordan", "Smith" in "Chad Smith"; not "In" or "President". */
function isGivenName(t: Token | undefined, lex: StateLexicon): boolean {
  if (!t || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  return !lex.notGivenNames.has(t.key) && !lex.matcher.hasMatchAt([t], 0);
}

/** "Atlanta, Georgia", "Georgia Gov. Kemp", "Georgia's governor". */
function hasUsStateCue(hit: PhraseMatch<StateHit>, toks: readonly Token[], lex: StateLexicon): boolean {
  const keysAt = (from: number, n: number) => toks.slice(from, from + n).map((t) => t.key);
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((k, i) => k === b[i]);
  const beforeFrom = (n: number) => (toks[hit.from - 1]?.key === "," ? hit.from - 1 - n : hit.from - n);
  return (
    lex.usStateCues.before.some(
      (c) => beforeFrom(c.length) >= 0 && same(keysAt(beforeFrom(c.length), c.length), c),
    ) || lex.usStateCues.after.some((c) => same(keysAt(hit.to, c.length), c))
  );
}

function toMention(text: string, hit: PhraseMatch<StateHit>, code: string, lex: StateLexicon): StateMention {
  return {
    kind: "state",
    start: hit.start,
    end: hit.end,
    text: text.slice(hit.start, hit.end),
    rule: `states:${hit.value.alias}`,
    code,
    name: lex.byCode.get(code)?.name ?? code,
    form: hit.value.form,
  };
}
