// Where a verb's supplier stands when it is not in the usual slot of its frame.
//   receive in an infinitive: "Russia has turned to Iran and North Korea to buy shells"
//   give with a source:       "the ministry will send a package of equipment from the UK"
//   items coming from:        "most of these rifles come from Chad: A, B and C" (recipient from the article)
import { actorGroups, firstGroupIn, groupAfterPreposition } from "../actors.js";
import type { ExtractContext } from "../context.js";
import type { ActorRef, Draft } from "../draft.js";
import { itemsBetween } from "../items.js";
import { type CueHit, keyAt, type SentenceView } from "../sentence-view.js";

const FROM = new Set(["from"]);

/** "turned to Iran to buy", "relies on China to obtain": the one addressed before "to VERB" supplies. */
export function addresseeBefore(view: SentenceView, ctx: ExtractContext, at: number, lo: number): ActorRef[] {
  if (keyAt(view, at - 1) !== "to") return [];
  const group = actorGroups(view, ctx).find((g) => g.to === at - 1 && g.from > lo);
  if (!group || !view.words.address_prepositions.has(keyAt(view, group.from - 1))) return [];
  return group.members;
}

/** "send equipment from the UK to Ukraine": with no subject, the place it comes from supplies. */
export function sourceAfter(view: SentenceView, ctx: ExtractContext, at: number, hi: number): ActorRef[] {
  return groupAfterPreposition(view, ctx, at, hi, FROM)?.members ?? [];
}

/** "these rifles come from Chad: A, B and C": items before the verb, and a list after a colon. */
export function fillOrigin(
  d: Draft,
  view: SentenceView,
  ctx: ExtractContext,
  hit: CueHit,
  lo: number,
  hi: number,
) {
  const source = firstGroupIn(view, ctx, hit.to, Math.min(hi, hit.to + 2));
  d.suppliers = source?.members ?? [];
  d.items = itemsBetween(view, lo, hit.from);
  if (source && keyAt(view, source.to) === ":") d.items.push(...itemsBetween(view, source.to + 1, hi));
}
