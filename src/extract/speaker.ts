// Who is speaking: the phrase before a reporting verb ("Seoul's secret services told …"), after
// "according to", or after the verb ("…, said Peskov"), resolved to a source kind and country.
// Mentions (organisations, people, states) win over source nouns; a source noun takes its
// country from a state right before it ("South Korean military officials") or after it
// ("officials in Kyiv").
import type { ClaimSource, SourceKind } from "../core/model.js";
import { actorGroups } from "./actors.js";
import type { ExtractContext } from "./context.js";
import type { Attributed } from "./draft.js";
import { cueAt, keyAt, type SentenceView } from "./sentence-view.js";

export interface Speaker {
  /** Empty when the speaker is a pronoun ("they said"): resolved from the context later. */
  speakers: Attributed[];
  pronoun: boolean;
  from: number;
  to: number;
}

/**
 * The speaker whose phrase ends right before token `at` (looking back no further than `lo`);
 * then one set off by an appositive ("Leah Smith, an analyst at X, told …"); then a subject
 * with a tail after its head ("sources familiar with the talks said", "the US, the UK and some
 * 40 other countries condemned").
 */
export function speakerBefore(
  view: SentenceView,
  ctx: ExtractContext,
  at: number,
  lo: number,
): Speaker | null {
  for (let k = at - 1; k >= lo && k >= at - 12; k--) {
    const found = speakerAt(view, ctx, k, "left");
    if (found) return found;
    if (view.mentionAt[k]?.kind === "time") continue;
    if (!view.words.speaker_gap.has(keyAt(view, k))) break;
  }
  return appositiveSpeaker(view, ctx, at, lo) ?? headedSpeaker(view, ctx, at, lo);
}

function appositiveSpeaker(view: SentenceView, ctx: ExtractContext, at: number, lo: number): Speaker | null {
  if (keyAt(view, at - 1) !== ",") return null;
  for (let k = at - 2; k > lo && k >= at - 16; k--) {
    if (keyAt(view, k) !== ",") continue;
    const found = speakerAt(view, ctx, k - 1, "left");
    return found && !found.pronoun ? withAppositiveCountry(view, ctx, found, k + 1, at - 1) : null;
  }
  return null;
}

/**
 * A person the gazetteer knows no state for takes it from the title set off after the name:
 * "Ivan Petrov, minister of defence of Russia, said …" → government of RU.
 */
function withAppositiveCountry(
  view: SentenceView,
  ctx: ExtractContext,
  found: Speaker,
  from: number,
  to: number,
): Speaker {
  const [only] = found.speakers;
  if (found.speakers.length !== 1 || !only || only.source.country) return found;
  if (view.mentionAt[found.from]?.kind !== "person") return found;
  const noun = view.hits.find(
    (h) => h.from >= from && h.to <= to && h.cues.some((c) => c.role === "source-noun"),
  );
  const cue = noun?.cues.find((c) => c.role === "source-noun");
  const state = actorGroups(view, ctx).find((g) => g.from >= from && g.to <= to);
  const code = state?.members[state.members.length - 1]?.code;
  if (cue?.role !== "source-noun" || !code) return found;
  const source: ClaimSource = { name: only.source.name, kind: cue.kind, country: code };
  return { ...found, speakers: [{ source, span: only.span }] };
}

function headedSpeaker(view: SentenceView, ctx: ExtractContext, at: number, lo: number): Speaker | null {
  let k = at - 1;
  while (k >= lo && k >= at - 8 && !view.words.speaker_stop.has(keyAt(view, k)) && !isClaimCue(view, k)) k--;
  const floor = k + 1;
  for (let i = floor; i < at; i++) {
    const found = speakerAt(view, ctx, i, "right") ?? groupSpeakerEndingAt(view, ctx, i, floor);
    if (found && !found.pronoun && startsClause(view, found.from, lo)) return found;
  }
  return null;
}

/** A list that runs back across its own commas: "the US, UK, Germany and …". */
function groupSpeakerEndingAt(
  view: SentenceView,
  ctx: ExtractContext,
  i: number,
  floor: number,
): Speaker | null {
  const group = actorGroups(view, ctx).find((g) => g.to - 1 === i && g.from < floor);
  if (!group) return null;
  const speakers = group.members.map((a) => ({ source: a.asSource, span: a.span }));
  return { speakers, pronoun: false, from: group.from, to: group.to };
}

function isClaimCue(view: SentenceView, k: number): boolean {
  return !!view.hitAt[k]?.cues.some((c) => c.role === "report" || c.role === "transfer");
}

function startsClause(view: SentenceView, from: number, lo: number): boolean {
  let k = from - 1;
  while (k >= lo && view.words.subject_openers.has(keyAt(view, k))) k--;
  return k < lo || view.words.speaker_stop.has(keyAt(view, k));
}

/** The speaker whose phrase starts in [from, hi) ("according to South Korean officials"). */
export function speakerAfter(
  view: SentenceView,
  ctx: ExtractContext,
  from: number,
  hi: number,
): Speaker | null {
  let best: Speaker | null = null;
  for (let k = from; k < hi && k < from + 12; k++) {
    if (view.words.speaker_stop.has(keyAt(view, k))) break;
    const found = speakerAt(view, ctx, k, "right");
    if (found) {
      best = found;
      k = found.to - 1;
    }
    const next = k + 1;
    if (best && !view.mentionAt[next] && !view.hitAt[next] && keyAt(view, next) !== "'s") break;
  }
  return best;
}

/**
 * A speaker that has its head at token k: a mention (or group of them), a source noun, or a
 * pronoun. `dir` tells which end of the phrase k is ("left": k is its last token).
 */
function speakerAt(
  view: SentenceView,
  ctx: ExtractContext,
  k: number,
  dir: "left" | "right",
): Speaker | null {
  if (cueAt(view, k, "speaker-pronoun")) return { speakers: [], pronoun: true, from: k, to: k + 1 };
  const noun = sourceNounAt(view, k, dir);
  if (noun) {
    const { country, from } = sourceNounCountry(view, ctx, noun.from, noun.to);
    const span = { start: view.tokens[noun.from]!.start, end: view.tokens[noun.to - 1]!.end };
    const name = view.tokens
      .slice(noun.from, noun.to)
      .map((t) => t.text)
      .join(" ");
    const source: ClaimSource = { name, kind: noun.kind, country };
    return { speakers: [{ source, span }], pronoun: false, from: phraseStart(view, from), to: noun.to };
  }
  const group = actorGroups(view, ctx).find((g) => (dir === "left" ? g.to - 1 === k : g.from === k));
  if (!group) return null;
  const speakers = group.members.map((a) => ({
    source: withTitleCountry(view, ctx, a.asSource, group.from),
    span: a.span,
  }));
  return { speakers, pronoun: false, from: group.from, to: group.to };
}

/**
 * A person the gazetteer knows no state for takes it from the title before the name: "Kremlin
 * spokesperson Dmitry Peskov", "The Kremlin's spokesperson, Dmitry Peskov".
 */
function withTitleCountry(
  view: SentenceView,
  ctx: ExtractContext,
  source: ClaimSource,
  from: number,
): ClaimSource {
  if (source.kind !== "person" || source.country) return source;
  const k = keyAt(view, from - 1) === "," ? from - 2 : from - 1;
  const noun = sourceNounAt(view, k, "left");
  if (!noun) return source;
  const { country } = sourceNounCountry(view, ctx, noun.from, noun.to);
  return country ? { name: source.name, kind: noun.kind, country } : source;
}

function sourceNounAt(
  view: SentenceView,
  k: number,
  dir: "left" | "right",
): { from: number; to: number; kind: SourceKind } | null {
  for (const hit of view.hits) {
    if (dir === "left" ? hit.to - 1 !== k : hit.from !== k) continue;
    const cue = hit.cues.find((c) => c.role === "source-noun");
    if (cue?.role !== "source-noun") return null;
    // A source noun inside a named organisation ("National Intelligence Service") is the organisation's.
    if (view.mentionAt[hit.from]) return null;
    return { from: hit.from, to: hit.to, kind: cue.kind };
  }
  return null;
}

function phraseStart(view: SentenceView, from: number): number {
  let k = from;
  while (k > 0 && view.words.speaker_openers.has(keyAt(view, k - 1))) k--;
  return k;
}

/** "South Korean officials", "Seoul's secret services", "officials in Kyiv" → the state's code. */
function sourceNounCountry(
  view: SentenceView,
  ctx: ExtractContext,
  from: number,
  to: number,
): { country: string | null; from: number } {
  const groups = actorGroups(view, ctx);
  let k = from - 1;
  // "Russia's top officials", "Britain's senior military officials": a modifier sits between.
  while (k > from - 3 && view.words.speaker_openers.has(keyAt(view, k))) k--;
  if (keyAt(view, k) === "'s") k--;
  const before = groups.find((g) => g.to - 1 === k);
  if (before) return { country: before.members[before.members.length - 1]!.code, from: before.from };
  if (["in", "from", "of"].includes(keyAt(view, to))) {
    const after = groups.find((g) => g.from === to + 1 || g.from === to + 2);
    if (after) return { country: after.members[0]!.code, from };
  }
  return { country: null, from };
}

/** The source a mention would be if it spoke (used for listeners and relays: "told delegates"). */
export function listenerAfter(
  view: SentenceView,
  ctx: ExtractContext,
  from: number,
  hi: number,
): ClaimSource[] {
  const found = speakerAfter(view, ctx, from, hi);
  return found ? found.speakers.map((s) => s.source).filter((s) => s.kind !== "person") : [];
}
