// Nominalised transfers.
//   "North Korea's supply of ammunition to Russia"   (possessive supplier, items after "of")
//   "arms deliveries from Iran to Russia"            (items before the noun, "from", "to")
//   "Iranian drone shipments to Russia"              (origin of the items as supplier)
// Trade in civilian goods is commerce, not support: "oil exports to China" gives nothing.
import { actorGroups, groupAfterPreposition } from "../actors.js";
import { clauseEnd, clauseStart } from "../clause.js";
import type { ExtractContext, Rule } from "../context.js";
import { type ActorRef, type Draft, type DraftItem, newDraft } from "../draft.js";
import { itemsBetween } from "../items.js";
import { possessors } from "../possessors.js";
import { type CueHit, cueAt, keyAt, type SentenceView } from "../sentence-view.js";
import { originActors } from "./verb-frames.js";

const TO = new Set(["to", "for"]);
const FROM = new Set(["from", "by"]);
// How far before the noun its items may sit ("artillery ammunition shipments").
const COMPOUND_REACH = 4;

export const transferNoun: Rule = (view, ctx, earlier) => {
  const drafts: Draft[] = [];
  for (const hit of view.hits) {
    if (!cueAt(view, hit.from, "transfer-noun") || isVerbObject(view, hit, earlier)) continue;
    const lo = clauseStart(view, ctx, hit.from);
    const hi = clauseEnd(view, hit.from);
    const draft = newDraft("transfer-noun", "transfer", view, { from: hit.from, to: hit.to }, "noun");
    draft.scopeFrom = lo;
    draft.items = nounItems(view, hit, lo, hi);
    if (!draft.items.length || isCommerce(view, hit, draft.items)) continue;
    draft.suppliers = possessiveSupplier(view, ctx, hit.from, draft.items);
    const from = groupAfterPreposition(view, ctx, hit.to - 1, hi, FROM);
    if (!draft.suppliers.length && from) draft.suppliers = from.members;
    const to = groupAfterPreposition(view, ctx, hit.to - 1, hi, TO);
    draft.recipients = to ? to.members : [];
    drafts.push(draft);
  }
  return drafts;
};

function nounItems(view: SentenceView, hit: CueHit, lo: number, hi: number): DraftItem[] {
  // The noun may be the item's own head: "financial pledges from X", "arms supplies to Y".
  const before = itemsBetween(view, Math.max(lo, hit.from - COMPOUND_REACH), hit.to);
  // "supply of X", "deliveries of X": the items follow the noun, up to "to"/"from".
  const ofAfter = hit.phrase.endsWith(" of") || keyAt(view, hit.to) === "of";
  if (!ofAfter) return before;
  let end = hit.to;
  while (end < hi && !["to", "from", "by", "for"].includes(keyAt(view, end))) end++;
  return [...before, ...itemsBetween(view, hit.to, end)];
}

/** "North Korea's supply", "Russian deliveries", or the items' origin ("Iranian drone shipments"). */
function possessiveSupplier(
  view: SentenceView,
  ctx: ExtractContext,
  at: number,
  items: DraftItem[],
): ActorRef[] {
  const k = keyAt(view, at - 1) === "'s" ? at - 1 : at;
  const group = actorGroups(view, ctx).find((g) => g.to === k);
  if (group) return possessors(view, group);
  const origins = originActors(view, ctx, items);
  return origins.length ? origins : pronounOwner(view, ctx, items[0]!.from);
}

/** "sanctions on Iran to target its drone and missile deliveries": "its" is the actor named last. */
function pronounOwner(view: SentenceView, ctx: ExtractContext, at: number): ActorRef[] {
  if (!["its", "their"].includes(keyAt(view, at - 1))) return [];
  const group = actorGroups(view, ctx)
    .filter((g) => g.to <= at - 1)
    .pop();
  return group?.members.filter((m) => m.code) ?? [];
}

/** "Russia's oil exports to China": a trade noun whose goods are all economic. */
function isCommerce(view: SentenceView, hit: CueHit, items: DraftItem[]): boolean {
  if (!view.words.trade_nouns.has(keyAt(view, hit.from))) return false;
  return items.every((it) => it.category === "economic");
}

/**
 * "Germany approved new weapons deliveries to Ukraine": the noun is inside the items of the verb's
 * transfer told in the same sentence, so it is that transfer, not a second one with no supplier.
 */
function isVerbObject(view: SentenceView, hit: CueHit, earlier: readonly Draft[]): boolean {
  const at = view.tokens[hit.from]!.start;
  return earlier.some(
    (d) =>
      d.view === view &&
      d.suppliers.some((s) => s.code) &&
      d.items.some((it) => it.span.start <= at && at < it.span.end),
  );
}
