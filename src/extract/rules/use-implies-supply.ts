// Use implies supply when the user is named:
//   passive: "North Korean shells fired by Russian troops" → North Korea → Russia
//   active:  "Russia fired North Korean-made missiles"     → North Korea → Russia
// A weapon of one's own make, or with no named origin, gives nothing. Foreign-made goods seen
// with no user ("Iranian-made drones have appeared in Ukraine") are in sighting.ts.

import type { CueRole } from "../../lexicon/claim-cues.js";
import { type ActorGroup, firstGroupIn, groupAfterPreposition, subjectBefore } from "../actors.js";
import { clauseEnd, clauseStart } from "../clause.js";
import type { ExtractContext, Rule } from "../context.js";
import { type ActorRef, type Draft, newDraft } from "../draft.js";
import { itemsBetween } from "../items.js";
import { cueAt, hitWith, keyAt, type SentenceView } from "../sentence-view.js";
import { sightingDrafts } from "./sighting.js";
import { originActors } from "./verb-frames.js";

const FROM = new Set(["from"]);
// Cues that show a verb phrase has begun: "Russia might be using", "Russia has been firing".
const VERB_NEXT: CueRole[] = ["be", "hedge", "future", "negation", "progressive"];
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
    const hi = cue.passive ? clauseEnd(view, hit.from) : listEnd(view, clauseEnd(view, hit.from));
    const items = cue.passive
      ? itemsBetween(view, Math.max(lo, hit.from - PASSIVE_REACH), hit.from)
      : itemsBetween(view, hit.to, hi);
    let users: ActorRef[] = cue.passive
      ? (firstGroupIn(view, ctx, hit.to, Math.min(hi, hit.to + 3))?.members ?? [])
      : activeUser(view, ctx, hit.from, lo);
    const named = originActors(view, ctx, items);
    const origins = named.length ? named : fromGroup(view, ctx, cue.passive ? items[0]?.from : hit.to, hi);
    users = pairWithout(view, ctx, users, origins);
    const suppliers = origins.filter((o) => users.every((u) => u.code !== o.code));
    if (!items.length || !users.length || !suppliers.length) continue;
    const draft = newDraft("use-implies-supply", "transfer", view, { from: hit.from, to: hit.to }, "ed");
    Object.assign(draft, { items, suppliers, recipients: users, scopeFrom: lo, status: "delivered" });
    drafts.push(draft);
  }
  // Goods seen with no user named are the same inference with the user left open.
  return [...drafts, ...sightingDrafts(view, ctx)];
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
  // "both sides might be using …": a noun phrase, or one followed by a verb, is the subject.
  if (cueAt(view, group.from, "anaphor") || VERB_NEXT.some((role) => hitWith(view, group.to, role)))
    return false;
  const after = keyAt(view, group.to);
  return /^[a-z]+$/.test(after) && !view.words.body_of_state.has(after) && !view.words.title_heads.has(after);
}

/**
 * "China is friendly with Moscow … reports that both sides might be using Chinese-made drones":
 * "both sides" are the two last states other than the one the items come from.
 */
function pairWithout(view: SentenceView, ctx: ExtractContext, users: ActorRef[], origins: ActorRef[]) {
  const first = users[0];
  if (!first || !users.some((u) => origins.some((o) => o.code === u.code))) return users;
  if (cueAt(view, first.from, "anaphor")?.refers !== "pair") return users;
  const excluded = new Set(origins.map((o) => o.code));
  const recent = (ctx.recentStates[view.sentence.index] ?? []).filter((c) => !excluded.has(c));
  return recent
    .slice(0, 2)
    .map((code) => ({ ...first, code, asSource: { ...first.asSource, name: code, country: code } }));
}

/** "Putin used ammunition and artillery from North Korea": the items' origin after them. */
function fromGroup(
  view: SentenceView,
  ctx: ExtractContext,
  from: number | undefined,
  hi: number,
): ActorRef[] {
  if (from === undefined) return [];
  return groupAfterPreposition(view, ctx, from, hi, FROM)?.members ?? [];
}

// Cues that make a segment after ";" a clause of its own rather than more of a list.
const CLAUSE_CUES: CueRole[] = ["transfer", "use", "report", "be", "meeting", "transfer-noun"];

/**
 * "Hamas uses the Bulsae-2, a copy of the Fagot; the RPG-7; as well as a version called the F-7":
 * segments after ";" that hold items and no verb continue the list of what is used.
 */
function listEnd(view: SentenceView, hi: number): number {
  while (keyAt(view, hi) === ";") {
    let end = hi + 1;
    let items = false;
    for (; end < view.tokens.length && keyAt(view, end) !== ";"; end++) {
      if (CLAUSE_CUES.some((role) => hitWith(view, end, role))) return hi;
      items ||= view.mentionAt[end]?.kind === "item";
    }
    if (!items) return hi;
    hi = end;
  }
  return hi;
}
