// Frames across sentences: pronoun speakers ("they suspect", "he added") take the enclosing or
// previous speaker; a sentence with no frame of its own continues the previous sentence's
// reported speech within a paragraph, and text inside an open quotation stays the quoted
// speaker's, also into the next paragraph.

import { type Attribution, findAttributions } from "./attribution.js";
import type { ExtractContext } from "./context.js";
import type { Attributed } from "./draft.js";
import { combineFactuality } from "./factuality.js";
import { keyAt, type SentenceView } from "./sentence-view.js";

const LAST_MEDIA = "media:*";

export function resolveAttributions(ctx: ExtractContext): Attribution[][] {
  const text = ctx.ann.doc.text;
  let lastSpeakers: Attributed[] = [];
  let quoteSpeakers: Attributed[] = [];
  let insideQuote = false;
  let quoteOpenedAt = -1;
  let statementSpeakers: Attributed[] = [];
  let previous: { view: SentenceView; frames: Attribution[] } | null = null;
  const out: Attribution[][] = [];
  const countryOfNoun = new Map<string, string>();
  for (const view of ctx.views) {
    const found = findAttributions(view, ctx);
    for (const f of found) f.speakers = f.speakers.map((s) => withKnownCountry(s, view, countryOfNoun));
    resolveNested(found);
    const frames = found.filter((f) => resolvePronoun(f, view, lastSpeakers, ctx));
    const sentenceText = text.slice(view.sentence.start, view.sentence.end);
    const startsQuoted = insideQuote || /^\s*[“"«]/.test(sentenceText);
    if (!frames.length) {
      const quoted = startsQuoted && quoteSpeakers.length ? quoteSpeakers : [];
      const carried = quoted.length ? quoted : carriedSpeakers(view, previous);
      const speakers = carried.length ? carried : statementSpeakers;
      if (speakers.length) frames.push(carriedFrame(view, speakers));
    }
    const opener = frames.find((f) => f.opensStatement && f.speakers.length);
    if (opener) statementSpeakers = opener.speakers;
    const own = frames.filter((f) => f.speakers.length && f.kind !== "condemnation" && !f.denial);
    const last = own[own.length - 1];
    if (last) lastSpeakers = last.speakers;
    if (last && /[“"«]/.test(sentenceText)) quoteSpeakers = last.speakers;
    // “… Iran provided drones. … Russia, ” the agency wrote: the speaker named after a quote of
    // several sentences speaks all of them.
    if (last?.content.from === 0 && quoteOpenedAt >= 0)
      fillQuote(out, ctx.views, quoteOpenedAt, last.speakers);
    const wasInside = insideQuote;
    insideQuote = quoteBalance(sentenceText, insideQuote);
    if (insideQuote && !wasInside) quoteOpenedAt = view.sentence.index;
    if (!insideQuote) quoteOpenedAt = -1;
    previous = { view, frames };
    out.push(frames);
  }
  return out;
}

/**
 * "The Biden administration announced … The administration says …": a definite source noun with
 * no state of its own refers back to the same noun named earlier with one. "The outlet reported"
 * refers back to the last media source named ("… according to the Daily Courier").
 */
function withKnownCountry(s: Attributed, view: SentenceView, known: Map<string, string>): Attributed {
  const key = `${s.source.kind}:${(s.source.name ?? "").toLowerCase()}`;
  if (s.source.country) {
    if (!known.has(key)) known.set(key, s.source.country);
    if (s.source.kind === "media") known.set(LAST_MEDIA, s.source.country);
    return s;
  }
  const at = view.tokens.findIndex((t) => t.start === s.span?.start);
  const country = known.get(key) ?? (s.source.kind === "media" ? known.get(LAST_MEDIA) : undefined);
  if (!country || at < 0 || keyAt(view, at - 1) !== "the") return s;
  return { source: { ...s.source, country }, span: s.span };
}

function fillQuote(out: Attribution[][], views: SentenceView[], from: number, speakers: Attributed[]): void {
  for (let s = from; s < out.length; s++) {
    const frames = out[s]!;
    if (frames.some((f) => f.kind !== "carried")) continue;
    out[s] = [carriedFrame(views[s]!, speakers)];
  }
}

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
  frame.speakers = person ? [person] : lastSpeakers;
  return frame.speakers.length > 0;
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

function resolveNested(frames: Attribution[]): void {
  for (const inner of frames) {
    if (!inner.pronoun) continue;
    const outer = frames.find(
      (o) => o !== inner && o.content.from <= inner.cueFrom && inner.cueFrom < o.content.to,
    );
    if (!outer) continue;
    inner.speakers = outer.speakers;
    inner.pronoun = false;
    inner.factuality = combineFactuality(outer.factuality, inner.factuality);
    inner.listeners = [...outer.listeners, ...inner.listeners];
  }
}

/** The previous sentence's speakers when it reported speech up to its end, in the same paragraph. */
function carriedSpeakers(
  view: SentenceView,
  previous: { view: SentenceView; frames: Attribution[] } | null,
): Attributed[] {
  if (!previous || previous.view.sentence.paragraph !== view.sentence.paragraph) return [];
  const frame = previous.frames.find(
    (f) =>
      f.kind !== "carried" &&
      f.kind !== "condemnation" &&
      !f.denial &&
      f.content.to >= previous.view.tokens.length - 1,
  );
  return frame?.speakers ?? [];
}

function carriedFrame(view: SentenceView, speakers: Attributed[]): Attribution {
  return {
    cue: { start: view.sentence.start, end: view.sentence.start },
    cueText: "",
    cueFrom: -1,
    factuality: "CT+",
    denial: false,
    speakers,
    pronoun: false,
    speakerFrom: -1,
    listeners: [],
    content: { from: 0, to: view.tokens.length },
    lead: null,
    kind: "carried",
    opensStatement: false,
  };
}

/**
 * Whether a quotation is still open after this sentence: “ opens, ” closes, a straight quote
 * toggles. A paragraph that continues a quotation opens again with “, which the scan handles.
 */
function quoteBalance(sentence: string, open: boolean): boolean {
  let inside = open;
  for (const ch of sentence) {
    if (ch === "“" || ch === "«") inside = true;
    else if (ch === "”" || ch === "»") inside = false;
    else if (ch === '"') inside = !inside;
  }
  return inside;
}
