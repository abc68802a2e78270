// Passive requests: what is asked for comes first, the asker after "by".
//   "Iranian drones, long sought by Moscow" → request IR→RU (the items' origin supplies)
//   "Russia, whose military assistance is badly needed by Tehran" → request RU→IR ("whose" points
//   to the actor before it)
import { actorGroups, groupAfterPreposition } from "../actors.js";
import type { ExtractContext } from "../context.js";
import { type ActorRef, type Draft, type DraftItem, newDraft } from "../draft.js";
import { itemsBetween } from "../items.js";
import { type CueHit, keyAt, type SentenceView } from "../sentence-view.js";
import { originActors } from "./verb-frames.js";

const BY = new Set(["by"]);
// How far before the participle the items may start ("whose economic and military aid is now
// so badly needed by").
const ITEM_REACH = 12;

/** A request draft for "ITEMS (is) needed / sought / requested by X", or null. */
export function passiveRequest(
  view: SentenceView,
  ctx: ExtractContext,
  hit: CueHit,
  lo: number,
  hi: number,
): Draft | null {
  if (!keyAt(view, hit.to - 1).endsWith("ed") && keyAt(view, hit.to - 1) !== "sought") return null;
  if (keyAt(view, hit.to) !== "by") return null;
  const asker = groupAfterPreposition(view, ctx, hit.to, Math.min(hi, hit.to + 3), BY);
  const items = itemsBetween(view, Math.max(lo, hit.from - ITEM_REACH), hit.from);
  if (!asker || !items.length) return null;
  const draft = newDraft("request-passive", "request", view, { from: hit.from, to: hit.to }, "ed");
  draft.scopeFrom = lo;
  draft.items = items;
  draft.recipients = asker.members;
  const origin = originActors(view, ctx, items);
  draft.suppliers = origin.length ? origin : whoseOwner(view, ctx, lo, items);
  draft.status = "unknown";
  return draft;
}

/** "X, whose aid …": the actor right before "whose" owns the items after it. */
function whoseOwner(view: SentenceView, ctx: ExtractContext, lo: number, items: DraftItem[]): ActorRef[] {
  for (let k = items[0]!.from - 1; k >= lo; k--) {
    if (keyAt(view, k) !== "whose") continue;
    const owner = actorGroups(view, ctx)
      .filter((g) => g.to <= k)
      .pop();
    return owner && k - owner.to <= 3 ? owner.members.slice(-1) : [];
  }
  return [];
}
