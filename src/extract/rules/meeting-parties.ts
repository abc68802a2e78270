// Parties of a meeting verb that the plain subject search misses.
//   a title alone:       "The prime minister will visit Norway" → the state of the article's main official
//   a gerund adjunct:    "Blinken said after meeting with Kuleba" → the subject of the sentence
//   a demonym with title: "met the Polish prime minister" → Poland
import type { PersonMention } from "../../core/model.js";
import { actorGroups, subjectBefore } from "../actors.js";
import type { ExtractContext } from "../context.js";
import type { ActorRef } from "../draft.js";
import { type CueHit, keyAt, type SentenceView } from "../sentence-view.js";

// Words between a title and its verb: "the minister will visit", "the president has visited".
const AUX = new Set(["will", "would", "is", "was", "has", "had", "to", "also", "then", "later", "shall"]);
// How many words a title may span before its verb ("the foreign minister", "the prime minister").
const TITLE_REACH = 3;
const mainOfficials = new WeakMap<ExtractContext["ann"], string | null>();

/** "The prime minister will visit …": the title holder's state is the article's most named official's. */
export function titleHolder(view: SentenceView, ctx: ExtractContext, hit: CueHit, lo: number): ActorRef[] {
  let k = hit.from - 1;
  while (k >= lo && AUX.has(keyAt(view, k))) k--;
  if (k < lo || view.mentionAt[k] || !view.words.title_heads.has(keyAt(view, k))) return [];
  const head = k;
  while (k > lo && k > head - TITLE_REACH && keyAt(view, k - 1) !== "the") k--;
  if (keyAt(view, k - 1) !== "the") return [];
  const code = mainOfficialState(ctx);
  if (!code) return [];
  const t = view.tokens[head]!;
  const span = { start: t.start, end: t.end };
  return [
    { code, from: head, to: head + 1, span, asSource: { name: null, kind: "government", country: code } },
  ];
}

/** The state of the government person named most often in the document, if any. */
function mainOfficialState(ctx: ExtractContext): string | null {
  const cached = mainOfficials.get(ctx.ann);
  if (cached !== undefined) return cached;
  const counts = new Map<string, number>();
  for (const m of ctx.ann.mentions) {
    if (m.kind !== "person") continue;
    const p = m as PersonMention;
    if (!p.country || p.sourceKind !== "government" || p.country.startsWith("org:")) continue;
    counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  const code = best ? best[0] : null;
  mainOfficials.set(ctx.ann, code);
  return code;
}

const ADJUNCT_OPENERS = new Set(["after", "before", "while"]);

/**
 * "said after meeting with X", "will visit Y … before travelling to Z": a gerund adjunct takes the
 * sentence's subject (the actor or title before the first cue of the sentence).
 */
export function adjunctSubject(view: SentenceView, ctx: ExtractContext, hit: CueHit): ActorRef[] {
  if (!keyAt(view, hit.from).endsWith("ing") || !ADJUNCT_OPENERS.has(keyAt(view, hit.from - 1))) return [];
  const speakers = speakerRightBefore(view, ctx, hit.from - 1);
  if (speakers.length) return speakers;
  // The first cue of the sentence may be the title itself ("The prime minister will visit …").
  for (const first of view.hits.slice(0, 3)) {
    if (first.from >= hit.from) break;
    const subject = subjectBefore(view, ctx, first.from, 0)?.members ?? titleHolder(view, ctx, first, 0);
    if (subject.length) return subject;
  }
  return [];
}

/** A demonym before a title names the official's state ("the Polish prime minister"). */
export function demonymOfTitle(view: SentenceView, a: ActorRef): boolean {
  for (let k = a.to; k < a.to + 2; k++) if (view.words.title_heads.has(keyAt(view, k))) return true;
  return false;
}

/** "…, Blinken said after meeting with …": the speaker of a reporting verb ending at `at`. */
function speakerRightBefore(view: SentenceView, ctx: ExtractContext, at: number): ActorRef[] {
  const frame = (ctx.attributions[view.sentence.index] ?? []).find((f) => view.hitAt[f.cueFrom]?.to === at);
  const t = view.tokens[at]!;
  return (frame?.speakers ?? [])
    .filter((s) => s.source.country)
    .map((s) => ({ code: s.source.country, from: at, to: at + 1, span: s.span ?? t, asSource: s.source }));
}

/** "Speaking alongside X, Y said …": a participle opening the sentence has the subject after its comma. */
export function openingParticipleSubject(view: SentenceView, ctx: ExtractContext, hit: CueHit): ActorRef[] {
  if (hit.from > 1 || !keyAt(view, hit.from).endsWith("ing")) return [];
  let comma = hit.to;
  while (comma < view.tokens.length && keyAt(view, comma) !== ",") comma++;
  const group = actorGroups(view, ctx).find((g) => g.from > comma && g.from <= comma + 3);
  return group ? group.members : [];
}

const VISITOR_PREPS = new Set(["by", "of"]);
const HOST_PREPS = new Set(["to", "in"]);
// How far the host may follow the visitor ("the visit by the new NATO secretary general to Kyiv").
const HOST_REACH = 4;

/**
 * "the visit by X to Y", "a trip of X to Y": the noun names both parties right after it, so
 * other actors in the clause ("… clearly shows that NATO threatens the DPRK") take no part.
 */
export function visitParties(view: SentenceView, ctx: ExtractContext, hit: CueHit): ActorRef[] {
  if (!VISITOR_PREPS.has(keyAt(view, hit.to))) return [];
  const groups = actorGroups(view, ctx);
  const visitor = groups.find((g) => g.from > hit.to && g.from <= hit.to + TITLE_REACH + 1);
  if (!visitor) return [];
  for (let k = visitor.to; k < visitor.to + HOST_REACH; k++) {
    if (!HOST_PREPS.has(keyAt(view, k))) continue;
    const host = groups.find((g) => g.from === k + 1 || g.from === k + 2);
    if (host) return [...visitor.members, ...host.members];
  }
  return [];
}
