// Meetings between exactly two parties.
//   verb:   "Kim met Putin in Russia", "Lavrov arrived in Pyongyang", "X visited Y"
//   noun:   "a summit between X and Y", "X and Y held talks", "X's visit to Y"
//   summon: "Russia summoned the British ambassador"
// A gathering of more than two states is not a bilateral meeting and gives nothing.
import { actorGroups, subjectBefore } from "../actors.js";
import { clauseEnd, clauseStart } from "../clause.js";
import type { ExtractContext, Rule } from "../context.js";
import { type ActorRef, type Draft, newDraft } from "../draft.js";
import { itemsBetween } from "../items.js";
import { type CueHit, cueAt, keyAt, type SentenceView } from "../sentence-view.js";
import {
  adjunctSubject,
  demonymOfTitle,
  openingParticipleSubject,
  titleHolder,
  visitParties,
} from "./meeting-parties.js";

export const meeting: Rule = (view, ctx) => {
  const drafts: Draft[] = [];
  for (const hit of view.hits) {
    const cue = cueAt(view, hit.from, "meeting");
    if (!cue) continue;
    const lo = clauseStart(view, ctx, hit.from);
    const hi = clauseEnd(view, hit.from);
    // "Russia received drones from Iran" is a transfer; "Kim received the delegation" a meeting.
    if (cueAt(view, hit.from, "transfer") && itemsBetween(view, hit.to, hi).length) continue;
    const visit = cue.shape === "noun" ? visitParties(view, ctx, hit) : [];
    const actors = visit.length
      ? visit
      : cue.shape === "noun"
        ? actorsIn(view, ctx, lo, hi)
        : verbActors(view, ctx, hit, lo, hi, cue.shape === "summon");
    const parties = distinctParties(actors);
    if (parties.length !== 2) continue;
    const draft = newDraft(`meeting-${cue.shape}`, "meeting", view, { from: hit.from, to: hit.to }, "noun");
    draft.participants = parties;
    draft.scopeFrom = lo;
    if (cue.planned) draft.status = "planned";
    drafts.push(draft);
  }
  return drafts;
};

function actorsIn(view: SentenceView, ctx: ExtractContext, lo: number, hi: number): ActorRef[] {
  return actorGroups(view, ctx)
    .filter((g) => g.from >= lo && g.to <= hi)
    .flatMap((g) => g.members);
}

// The counterpart or host follows the verb closely: "met Russian President Vladimir Putin",
// "arrived in Pyongyang"; "meet the bulk of its needs with loans from the G7" is no meeting.
const OBJECT_REACH = 4;

// After a meeting verb, a demonym modifies a noun ("meet Russian demand") unless the verb is a
// summons, whose object is an envoy ("summoned the British ambassador").
function verbActors(
  view: SentenceView,
  ctx: ExtractContext,
  hit: CueHit,
  lo: number,
  hi: number,
  summons: boolean,
): ActorRef[] {
  let subject = subjectBefore(view, ctx, hit.from, lo)?.members ?? [];
  if (!subject.length) subject = titleHolder(view, ctx, hit, lo);
  if (!subject.length) subject = adjunctSubject(view, ctx, hit);
  if (!subject.length) subject = openingParticipleSubject(view, ctx, hit);
  if (!subject.length) return [];
  const near = Math.min(hi, hit.to + objectReach(view, hit.to));
  const object = actorsIn(view, ctx, hit.to, near).filter(
    (a) => summons || !isDemonym(view, a) || demonymOfTitle(view, a),
  );
  return [...subject, ...object];
}

// "received a military delegation of the Russian Federation": an "of" phrase carries the host further.
function objectReach(view: SentenceView, from: number): number {
  for (let k = from; k < from + OBJECT_REACH; k++) if (keyAt(view, k) === "of") return OBJECT_REACH + 3;
  return OBJECT_REACH;
}

function isDemonym(view: SentenceView, a: ActorRef): boolean {
  const m = view.mentionAt[a.from];
  return m?.kind === "state" && m.form === "demonym";
}

/** One actor per distinct code, nulls dropped, in order of appearance. */
function distinctParties(actors: ActorRef[]): ActorRef[] {
  const seen = new Set<string>();
  return actors.filter((a) => a.code !== null && !seen.has(a.code) && seen.add(a.code));
}
