// Who is speaking: the phrase before a reporting verb ("Seoul's secret services told …"), after
// "according to", or after the verb ("…, said Peskov"), resolved to a source kind and country.
// Mentions (organisations, people, states) win over source nouns; a source noun takes its
// country from a state right before it ("South Korean military officials") or after it
// ("officials in Kyiv").
import type { ClaimSource } from "../core/model.js";
import { actorGroups } from "./actors.js";
import type { ExtractContext } from "./context.js";
import type { Attributed } from "./draft.js";
import { cueAt, keyAt, type SentenceView } from "./sentence-view.js";
import { affiliatedSpeaker, beforeLinkTarget } from "./speaker-affiliation.js";
import {
  clauseJoined,
  phraseStart,
  sourceNounAt,
  sourceNounCountry,
  withAppositiveCountry,
  withTitleCountry,
} from "./speaker-source.js";

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
  at = beforeLinkTarget(view, at);
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
    const nameEnd = beforeLinkTarget(view, k) - 1;
    const linked = keyAt(view, nameEnd) === "]";
    const found = speakerAt(view, ctx, linked ? nameEnd - 1 : nameEnd, "left");
    if (!found) return affiliatedSpeaker(view, ctx, nameEnd, k + 1, at - 1);
    return !found.pronoun ? withAppositiveCountry(view, ctx, found, k + 1, at - 1) : null;
  }
  return null;
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
  const found = actorGroups(view, ctx).find((g) => (dir === "left" ? g.to - 1 === k : g.from === k));
  if (!found) return null;
  const group = clauseJoined(view, found, dir);
  const speakers = group.members.map((a) => ({
    source: withTitleCountry(view, ctx, a.asSource, group.from),
    span: a.span,
  }));
  return { speakers, pronoun: false, from: group.from, to: group.to };
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
