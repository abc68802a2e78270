// Pronoun speakers: "they suspect" inside "officials said they suspect" is the officials; "he"
// and "she" are the person named last; "it said" inside a sentence is the speaker opening it;
// any other pronoun continues the last speaker.
import type { Attribution } from "./attribution.js";
import type { ExtractContext } from "./context.js";
import type { Attributed } from "./draft.js";
import { combineFactuality } from "./factuality.js";
import { keyAt, type SentenceView } from "./sentence-view.js";
import { speakerAfter } from "./speaker.js";

/**
 * "they suspect …" inside "officials said they suspect …" is the officials (see resolveNested);
 * alone, "he"/"she" is the person named last, any other pronoun the last speaker.
 */
function resolvePronoun(
  frame: Attribution,
  view: SentenceView,
  lastSpeakers: Attributed[],
  ctx: ExtractContext,
): boolean {
  if (!frame.pronoun) return true;
  const personal = ["he", "she"].includes(keyAt(view, frame.speakerFrom));
  const person = personal ? lastPersonBefore(ctx, view, frame.speakerFrom) : null;
  const subject = personal ? null : sentenceSubject(frame, view, ctx);
  frame.speakers = person ? [person] : (subject ?? lastSpeakers);
  return frame.speakers.length > 0;
}

/**
 * "The Ukrainian government asked X to stop selling drones it said Russia was using": "it" or
 * "they" inside a sentence is the speaker that opens it.
 */
function sentenceSubject(frame: Attribution, view: SentenceView, ctx: ExtractContext): Attributed[] | null {
  if (frame.speakerFrom < 3 || frame.content.from < frame.cueFrom) return null;
  const subject = speakerAfter(view, ctx, 0, frame.speakerFrom);
  return subject && !subject.pronoun && subject.from <= 1 ? subject.speakers : null;
}

function lastPersonBefore(ctx: ExtractContext, view: SentenceView, at: number): Attributed | null {
  const limit = view.tokens[at]?.start ?? view.sentence.start;
  for (let s = view.sentence.index; s >= 0 && s >= view.sentence.index - 6; s--) {
    const people = ctx.views[s]!.mentions.filter((m) => m.kind === "person" && m.start < limit);
    const m = people[people.length - 1];
    if (m?.kind === "person") {
      return {
        source: { name: m.name, kind: m.sourceKind, country: m.country },
        span: { start: m.start, end: m.end },
      };
    }
  }
  return null;
}

/**
 * Pronoun speakers: "He said: “…, I believe, …”" resolves the outer pronoun first and lends it
 * to the inner one. An "I" inside a quotation whose speaker is not known yet is kept for the
 * speaker named at its end ("“…, I believe, …,” Jane Roe said").
 */
export function resolveSpeakers(
  found: Attribution[],
  view: SentenceView,
  ctx: ExtractContext,
  lastSpeakers: Attributed[],
  quoted: boolean,
): Attribution[] {
  const resolve = (f: Attribution) =>
    resolvePronoun(f, view, lastSpeakers, ctx) ||
    (quoted && view.words.first_person.has(keyAt(view, f.speakerFrom)));
  const nested = new Set(found.filter((f) => f.pronoun && outerOf(f, found)));
  const outer = found.filter((f) => nested.has(f) || resolve(f));
  resolveNested(outer);
  return outer.filter((f) => f.speakers.length > 0 || resolve(f));
}

function outerOf(inner: Attribution, frames: Attribution[]): Attribution | undefined {
  return frames.find((o) => o !== inner && o.content.from <= inner.cueFrom && inner.cueFrom < o.content.to);
}

function resolveNested(frames: Attribution[]): void {
  for (const inner of frames) {
    if (!inner.pronoun) continue;
    const outer = outerOf(inner, frames);
    if (!outer?.speakers.length) continue;
    inner.speakers = outer.speakers;
    inner.pronoun = false;
    inner.factuality = combineFactuality(outer.factuality, inner.factuality);
    inner.listeners = [...outer.listeners, ...inner.listeners];
  }
}
