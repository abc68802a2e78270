// Use implies supply when the user is named:
//   passive: "North Korean shells fired by Russian troops" → North Korea → Russia
//   active:  "Russia fired North Korean-made missiles"     → North Korea → Russia
// A weapon of one's own make, or with no named origin, gives nothing.
import { type ActorGroup, firstGroupIn, subjectBefore } from "../actors.js";
import { clauseEnd, clauseStart } from "../clause.js";
import type { ExtractContext, Rule } from "../context.js";
import { type ActorRef, type Draft, newDraft } from "../draft.js";
import { itemsBetween } from "../items.js";
import { cueAt, keyAt, type SentenceView } from "../sentence-view.js";
import { originActors } from "./verb-frames.js";

// How far before a passive "used by" its items may sit.
const PASSIVE_REACH = 8;
// How many tokens (verb, auxiliaries, a time adverbial) may stand between a subject and its object.
const SUBJECT_REACH = 5;

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
      : activeUser(view, ctx, hit.from, lo);
    const origins = originActors(view, ctx, items);
    const suppliers = origins.filter((o) => users.every((u) => u.code !== o.code));
    if (!items.length || !users.length || !suppliers.length) continue;
    const draft = newDraft("use-implies-supply", "transfer", view, { from: hit.from, to: hit.to }, "ed");
    Object.assign(draft, { items, suppliers, recipients: users, scopeFrom: lo, status: "delivered" });
    drafts.push(draft);
  }
  return drafts;
};

/**
 * "Ukraine struck Russian territory using British missiles": a gerund adjunct's user is the
 * clause's subject, not the adjective of the object right before it ("Russian territory").
 */
function activeUser(view: SentenceView, ctx: ExtractContext, at: number, lo: number): ActorRef[] {
  const nearest = subjectBefore(view, ctx, at, lo);
  if (!nearest || !keyAt(view, at).endsWith("ing") || !isObjectAdjective(view, nearest, lo)) {
    return nearest?.members ?? [];
  }
  // The subject sits just before the verb ("Ukraine on Monday struck …"); one far away is
  // another clause's ("Moscow summoned … about the right to strike … using …").
  const subject = subjectBefore(view, ctx, nearest.from, lo);
  return subject && nearest.from - subject.to <= SUBJECT_REACH ? subject.members : [];
}

/** "… struck Russian territory …": a word before the group, and a noun after it that is no body of state. */
function isObjectAdjective(view: SentenceView, group: ActorGroup, lo: number): boolean {
  const before = group.from - 1;
  if (before < lo || view.words.subject_openers.has(keyAt(view, before)) || keyAt(view, before) === ",")
    return false;
  const after = keyAt(view, group.to);
  return /^[a-z]+$/.test(after) && !view.words.body_of_state.has(after) && !view.words.title_heads.has(after);
}
