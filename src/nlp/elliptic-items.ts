// A modifier that shares its head with the next term: in "anti-tank and anti-aircraft missiles"
// the first weapon is "anti-tank [missiles]". The modifier alone becomes the mention, with the
// category of the phrase it would make with the shared head.
import type { NlpContext } from "./annotate.js";
import { type ItemHit, itemMention } from "./item-mention.js";

const COORDINATORS = new Set(["and", "or", ","]);

export function readEllipticItem(ctx: NlpContext, i: number): ItemHit | null {
  const { tokens } = ctx;
  const terms = ctx.lex.items.terms;
  if (!COORDINATORS.has(tokens[i + 1]?.key ?? "")) return null;
  const next = terms.longestAt(tokens, i + 2);
  if (!next?.value || next.to - next.from < 2) return null;
  // The modifier followed by the head words of the next term: "anti-tank" + "missiles".
  const joined = [tokens[i]!, ...tokens.slice(next.from + 1, next.to)];
  const whole = terms.longestAt(joined, 0);
  if (!whole?.value || whole.to !== joined.length) return null;
  const { category, id } = whole.value;
  return { to: i + 1, mention: itemMention(ctx, i, i + 1, category, id, "item:ellipsis") };
}
