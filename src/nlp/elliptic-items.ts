// A modifier that shares its head with a later term: in "anti-tank and anti-aircraft missiles"
// the first weapon is "anti-tank [missiles]"; in "economic, military, and security assistance"
// each of "economic" and "military" takes "assistance". The modifier alone becomes the mention,
// with the category of the phrase it would make with the shared head.

import type { ItemTerm } from "../lexicon/items.js";
import type { NlpContext } from "./annotate.js";
import { type ItemHit, itemMention } from "./item-mention.js";
import type { PhraseMatch } from "./phrase-matcher.js";

const COORDINATORS = new Set(["and", "or", ","]);
// Other one-word modifiers that may stand between this one and the shared head: "economic,
// military, political, and security aid" has three. A bound keeps the look-ahead constant.
const MAX_MODIFIERS_BETWEEN = 3;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

export function readEllipticItem(ctx: NlpContext, i: number): ItemHit | null {
  const { tokens } = ctx;
  const next = sharedHeadTerm(ctx, i);
  if (!next) return null;
  // The modifier followed by the head words of the next term: "anti-tank" + "missiles".
  const joined = [tokens[i]!, ...tokens.slice(next.from + 1, next.to)];
  const whole = ctx.lex.items.terms.longestAt(joined, 0);
  if (!whole?.value || whole.to !== joined.length) return null;
  const { category, id } = whole.value;
  return { to: i + 1, mention: itemMention(ctx, i, i + 1, category, id, "item:ellipsis") };
}

/** The first term of two or more words after a run of coordinated one-word modifiers. */
function sharedHeadTerm(ctx: NlpContext, i: number): PhraseMatch<ItemTerm | null> | null {
  const { tokens } = ctx;
  let k = i + 1;
  for (let between = 0; between <= MAX_MODIFIERS_BETWEEN; between++) {
    const sepFrom = k;
    while (k < sepFrom + 2 && COORDINATORS.has(tokens[k]?.key ?? "")) k++; // ",", "and", ", and"
    if (k === sepFrom) return null;
    const next = ctx.lex.items.terms.longestAt(tokens, k);
    if (next?.value && next.to - next.from >= 2) return next;
    if (!LOWER_WORD.test(tokens[k]?.text ?? "")) return null;
    k++; // another modifier of the same head: "military" in "economic, military, and security aid"
  }
  return null;
}
