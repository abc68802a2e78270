// Use implies supply when the user is named:
//   passive: "North Korean shells fired by Russian troops" → North Korea → Russia
//   active:  "Russia fired North Korean-made missiles"     → North Korea → Russia
// A weapon of one's own make, or with no named origin, gives nothing.
import { firstGroupIn, subjectBefore } from "../actors.js";
import { clauseEnd, clauseStart } from "../clause.js";
import type { Rule } from "../context.js";
import { type ActorRef, type Draft, newDraft } from "../draft.js";
import { itemsBetween } from "../items.js";
import { cueAt } from "../sentence-view.js";
import { originActors } from "./verb-frames.js";

// How far before a passive "used by" its items may sit.
const PASSIVE_REACH = 8;

export const useImpliesSupply: Rule = (view, ctx) => {
  const drafts: Draft[] = [];
  for (const hit of view.hits) {
    const cue = cueAt(view, hit.from, "use");
    if (!cue) continue;
    const lo = clauseStart(view, ctx, hit.from);
    const hi = clauseEnd(view, hit.from);
    const items = cue.passive
      ? itemsBetween(view, Math.max(lo, hit.from - PASSIVE_REACH), hit.from)
      : itemsBetween(view, hit.to, hi);
    const users: ActorRef[] = cue.passive
      ? (firstGroupIn(view, ctx, hit.to, Math.min(hi, hit.to + 3))?.members ?? [])
      : (subjectBefore(view, ctx, hit.from, lo)?.members ?? []);
    const origins = originActors(view, ctx, items);
    const suppliers = origins.filter((o) => users.every((u) => u.code !== o.code));
    if (!items.length || !users.length || !suppliers.length) continue;
    const draft = newDraft("use-implies-supply", "transfer", view, { from: hit.from, to: hit.to }, "ed");
    Object.assign(draft, { items, suppliers, recipients: users, scopeFrom: lo, status: "delivered" });
    drafts.push(draft);
  }
  return drafts;
};
