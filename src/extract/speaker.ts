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

// Words that may sit between a speaker and its verb: "NIS on Wednesday said", "Seoul also said".
const BETWEEN_SPEAKER_AND_VERB = new Set([
  "also", "has", "have", "had", "was", "were", "is", "are", "recently", "later", "earlier", "on",
  "repeatedly", "publicly", "previously", "then", "had", ")", "(", "in", "a", "statement", "separately",
  "again", "further", "last", "this", "week", "month", "year", "both", "reportedly", "already", "would",
  "will", "subsequently", "first", "its", "their", "allies", "partners", "and",
]);
const STOP = new Set([",", ";", ":", "that", "which", "who", ".", "—"]);

/** The speaker whose phrase ends right before token `at` (looking back no further than `lo`). */
export function speakerBefore(view: SentenceView, ctx: ExtractContext, at: number, lo: number): Speaker | null {
  for (let k = at - 1; k >= lo && k >= at - 12; k--) {
    const found = speakerAt(view, ctx, k, "left");
    if (found) return found;
    const m = view.mentionAt[k];
    if (m?.kind === "time") continue;
    if (!BETWEEN_SPEAKER_AND_VERB.has(keyAt(view, k))) return null;
  }
  return null;
}

/** The speaker whose phrase starts in [from, hi) ("according to South Korean officials"). */
export function speakerAfter(view: SentenceView, ctx: ExtractContext, from: number, hi: number): Speaker | null {
  let best: Speaker | null = null;
  for (let k = from; k < hi && k < from + 12; k++) {
    if (STOP.has(keyAt(view, k))) break;
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
function speakerAt(view: SentenceView, ctx: ExtractContext, k: number, dir: "left" | "right"): Speaker | null {
  if (cueAt(view, k, "speaker-pronoun")) return { speakers: [], pronoun: true, from: k, to: k + 1 };
  const noun = sourceNounAt(view, k, dir);
  if (noun) {
    const country = sourceNounCountry(view, ctx, noun.from, noun.to);
    const span = { start: view.tokens[noun.from]!.start, end: view.tokens[noun.to - 1]!.end };
    const name = view.tokens.slice(noun.from, noun.to).map((t) => t.text).join(" ");
    const source: ClaimSource = { name, kind: noun.kind, country };
    return { speakers: [{ source, span }], pronoun: false, from: noun.from, to: noun.to };
  }
  const group = actorGroups(view, ctx).find((g) => (dir === "left" ? g.to - 1 === k : g.from === k));
  if (!group) return null;
  const speakers = group.members.map((a) => ({ source: a.asSource, span: a.span }));
  return { speakers, pronoun: false, from: group.from, to: group.to };
}

function sourceNounAt(
  view: SentenceView,
  k: number,
  dir: "left" | "right",
): { from: number; to: number; kind: SourceKind } | null {
  for (const hit of view.hits) {
    if (dir === "left" ? hit.to - 1 !== k : hit.from !== k) continue;
    const cue = hit.cues.find((c) => c.role === "source-noun");
    if (!cue || cue.role !== "source-noun") return null;
    // A source noun inside a named organisation ("National Intelligence Service") is the organisation's.
    if (view.mentionAt[hit.from]) return null;
    return { from: hit.from, to: hit.to, kind: cue.kind };
  }
  return null;
}

/** "South Korean officials", "Seoul's secret services", "officials in Kyiv" → the state's code. */
function sourceNounCountry(view: SentenceView, ctx: ExtractContext, from: number, to: number): string | null {
  const groups = actorGroups(view, ctx);
  let k = from - 1;
  if (keyAt(view, k) === "'s") k--;
  const before = groups.find((g) => g.to - 1 === k || g.to - 1 === k - 1);
  if (before) return before.members[before.members.length - 1]!.code;
  if (["in", "from", "of"].includes(keyAt(view, to))) {
    const after = groups.find((g) => g.from === to + 1 || g.from === to + 2);
    if (after) return after.members[0]!.code;
  }
  return null;
}

/** The source a mention would be if it spoke (used for listeners and relays: "told delegates"). */
export function listenerAfter(view: SentenceView, ctx: ExtractContext, from: number, hi: number): ClaimSource[] {
  const found = speakerAfter(view, ctx, from, hi);
  return found ? found.speakers.map((s) => s.source).filter((s) => s.kind !== "person") : [];
}
