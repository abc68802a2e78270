// Condemnations: "South Korea, the US and Japan condemned North Korea's supply of …" gives one
// condemnation per condemner with the first actor after the verb as target. What is condemned
// is asserted by the condemners too: the transfer rules read it inside the condemnation frame.
import { firstGroupIn, subjectBefore } from "../actors.js";
import { clauseEnd, clauseStart } from "../clause.js";
import type { ExtractContext, Rule } from "../context.js";
import { type ActorRef, type Draft, newDraft } from "../draft.js";
import { type CueHit, cueAt, keyAt, type SentenceView } from "../sentence-view.js";

export const condemnation: Rule = (view, ctx) => {
  const drafts: Draft[] = [];
  for (const hit of view.hits) {
    if (!cueAt(view, hit.from, "condemnation")) continue;
    const lo = clauseStart(view, ctx, hit.from);
    let condemners = subjectBefore(view, ctx, hit.from, lo)?.members ?? [];
    const firstPerson = !condemners.length && isFirstPerson(view, hit);
    if (firstPerson) condemners = quotedSpeakers(view, ctx, hit);
    const target = firstGroupIn(view, ctx, hit.to, clauseEnd(view, hit.from));
    if ((!condemners.length && !firstPerson) || !target) continue;
    // "I denounce the attack on Russian territory": the first actor there modifies a noun.
    if (firstPerson && isDemonym(view, target.from)) continue;
    const draft = newDraft("condemnation", "condemnation", view, { from: hit.from, to: hit.to }, "noun");
    draft.targets = target.members.filter((t) => condemners.every((c) => c.code !== t.code));
    if (!draft.targets.length) continue;
    draft.participants = condemners;
    // A first-person condemner with no speaker in the sentence is whoever speaks the statement.
    if (condemners.length) draft.ownSources = condemners.map((c) => ({ source: c.asSource, span: c.span }));
    draft.scopeFrom = hit.from;
    draft.status = "unknown";
    drafts.push(draft);
  }
  return drafts;
};

// Adverbs between a first-person subject and its verb: "I strongly denounce", "we firmly condemn".
const ADVERB_GAP = 3;

function isFirstPerson(view: SentenceView, hit: CueHit): boolean {
  return firstPersonAt(view, hit) >= 0;
}

function firstPersonAt(view: SentenceView, hit: CueHit): number {
  for (let k = hit.from - 1; k >= 0 && k >= hit.from - 1 - ADVERB_GAP; k--) {
    if (view.words.first_person.has(keyAt(view, k))) return k;
    if (view.mentionAt[k]) return -1;
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

function isDemonym(view: SentenceView, at: number): boolean {
  const m = view.mentionAt[at];
  return m?.kind === "state" && m.form === "demonym";
}
