// How a speaker phrase resolves to a source: a source noun and the state beside it ("South Korean
// officials", "officials in Kyiv"), a title that gives a person their state ("Kremlin spokesperson
// Dmitry Peskov", "Ivan Petrov, minister of defence of Russia, said"), and two actors joined by
// ", and" that belong to two clauses.
import type { ClaimSource, SourceKind } from "../core/model.js";
import { type ActorGroup, actorGroups } from "./actors.js";
import type { ExtractContext } from "./context.js";
import { keyAt, type SentenceView } from "./sentence-view.js";
import type { Speaker } from "./speaker.js";

/**
 * A person the gazetteer knows no state for takes it from the title set off after the name:
 * "Ivan Petrov, minister of defence of Russia, said …" → government of RU.
 */
export function withAppositiveCountry(
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

/**
 * "… sending troops to Ukraine, and Cameron said …": two actors joined by ", and" belong to two
 * clauses (a list of two takes no comma), so only the one next to the verb speaks.
 */
export function clauseJoined(view: SentenceView, group: ActorGroup, dir: "left" | "right"): ActorGroup {
  const [first, second] = group.members;
  if (group.members.length !== 2 || !first || !second) return group;
  if (keyAt(view, first.to) !== "," || !view.words.conjunctions.has(keyAt(view, first.to + 1))) return group;
  const kept = dir === "left" ? second : first;
  return { from: kept.from, to: kept.to, members: [kept] };
}

/**
 * A person the gazetteer knows no state for takes it from the title before the name: "Kremlin
 * spokesperson Dmitry Peskov", "The Kremlin's spokesperson, Dmitry Peskov".
 */
export function withTitleCountry(
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

export function sourceNounAt(
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

export function phraseStart(view: SentenceView, from: number): number {
  let k = from;
  while (k > 0 && view.words.speaker_openers.has(keyAt(view, k - 1))) k--;
  return k;
}

/** "South Korean officials", "Seoul's secret services", "officials in Kyiv" → the state's code. */
export function sourceNounCountry(
  view: SentenceView,
  ctx: ExtractContext,
  from: number,
  to: number,
): { country: string | null; from: number } {
  const groups = actorGroups(view, ctx);
  let k = from - 1;
  // "Russia's top officials", "Britain's senior military officials": a modifier sits between;
  // "A Daily Courier [report](https://…)": so does a link's bracket.
  while (k > from - 3 && (view.words.speaker_openers.has(keyAt(view, k)) || keyAt(view, k) === "[")) k--;
  if (keyAt(view, k) === "'s") k--;
  const before = groups.find((g) => g.to - 1 === k);
  // A newspaper or a think tank acts for no state but has one: "a Daily Courier report" → its country.
  const owner = before?.members[before.members.length - 1];
  if (before && owner) return { country: owner.code ?? owner.asSource.country, from: before.from };
  if (["in", "from", "of"].includes(keyAt(view, to))) {
    const after = groups.find((g) => g.from === to + 1 || g.from === to + 2);
    if (after) return { country: after.members[0]!.code, from };
  }
  return { country: null, from };
}
