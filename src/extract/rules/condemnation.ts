// Condemnations: "South Korea, the US and Japan condemned North Korea's supply of …" gives one
// condemnation per condemner, aimed at the target of the object (see condemnation-target.ts).
// What is condemned is asserted by the condemners too: the transfer rules read it inside the
// condemnation frame.
import { type ActorGroup, subjectBefore } from "../actors.js";
import { clauseEnd, clauseStart } from "../clause.js";
import type { ExtractContext, Rule } from "../context.js";
import { type ActorRef, type Draft, newDraft } from "../draft.js";
import { type CueHit, cueAt, keyAt, type SentenceView } from "../sentence-view.js";
import { condemnedTargets } from "./condemnation-target.js";

export const condemnation: Rule = (view, ctx) => {
  const drafts: Draft[] = [];
  for (const hit of view.hits) {
    if (!cueAt(view, hit.from, "condemnation")) continue;
    const hi = clauseEnd(view, hit.from);
    const draft = condemnationAt(view, ctx, hit, { from: hit.to, to: hi }, hi);
    if (draft) drafts.push(draft);
  }
  return drafts;
};

/**
 * A condemnation triggered by `hit` whose object spans `object`: the condemners are the subject
 * on the left, or the quoted speakers of a first-person "I denounce …".
 */
export function condemnationAt(
  view: SentenceView,
  ctx: ExtractContext,
  hit: CueHit,
  object: { from: number; to: number },
  hi: number,
  rule = "condemnation",
): Draft | null {
  const lo = clauseStart(view, ctx, hit.from);
  let condemners = condemnerGroup(view, ctx, hit.from, lo)?.members ?? [];
  const firstPerson = !condemners.length && isFirstPerson(view, hit);
  if (firstPerson) condemners = quotedSpeakers(view, ctx, hit);
  if (!condemners.length && !firstPerson) return null;
  const targets = condemnedTargets(view, ctx, object.from, object.to, hi);
  const draft = newDraft(rule, "condemnation", view, { from: hit.from, to: hit.to }, "noun");
  // "Russia condemned the sanctions imposed by the West": an unnamed target ("the West",
  // "its allies") condemns no one that can be recorded, like a transfer with both ends unknown.
  draft.targets = targets.filter((t) => t.code && condemners.every((c) => c.code !== t.code));
  if (!draft.targets.length) return null;
  draft.participants = condemners;
  // A first-person condemner with no speaker in the sentence is whoever speaks the statement.
  if (condemners.length) draft.ownSources = condemners.map((c) => ({ source: c.asSource, span: c.span }));
  draft.scopeFrom = hit.from;
  draft.status = "unknown";
  return draft;
}

/**
 * The subject before the condemning word, skipping the object of a verb on the way: in "Moscow
 * summoned the British envoy in strong protest" the condemner is Moscow, not Britain.
 */
function condemnerGroup(view: SentenceView, ctx: ExtractContext, to: number, lo: number): ActorGroup | null {
  let group = subjectBefore(view, ctx, to, lo);
  while (group && isObjectOfVerb(view, group.from)) group = subjectBefore(view, ctx, group.from, lo);
  return group;
}

function isObjectOfVerb(view: SentenceView, at: number): boolean {
  const k = keyAt(view, at - 1) === "the" ? at - 1 : at;
  return view.hits.some(
    (h) => h.to === k && h.cues.some((c) => c.role === "meeting" || c.role === "transfer"),
  );
}

// Words between a first-person subject and its condemning word: "I strongly denounce", "I would
// like to give a serious warning over …".
const FIRST_PERSON_GAP = 7;

function isFirstPerson(view: SentenceView, hit: CueHit): boolean {
  return firstPersonAt(view, hit) >= 0;
}

function firstPersonAt(view: SentenceView, hit: CueHit): number {
  for (let k = hit.from - 1; k >= 0 && k >= hit.from - 1 - FIRST_PERSON_GAP; k--) {
    const key = keyAt(view, k);
    if (view.words.first_person.has(key)) return k;
    if (view.mentionAt[k] || key === "," || key === ";") return -1;
  }
  return -1;
}

/** "I strongly denounce …" inside a quotation: the condemners are the quoted speakers. */
function quotedSpeakers(view: SentenceView, ctx: ExtractContext, hit: CueHit): ActorRef[] {
  const k = firstPersonAt(view, hit);
  const frame = (ctx.attributions[view.sentence.index] ?? []).find(
    (f) => f.content.from <= hit.from && hit.from < f.content.to,
  );
  const t = view.tokens[k]!;
  return (frame?.speakers ?? [])
    .filter((s) => s.source.country)
    .map((s) => ({ code: s.source.country, from: k, to: k + 1, span: s.span ?? t, asSource: s.source }));
}
