// Frames across sentences: pronoun speakers ("they suspect", "he added") take the enclosing or
// previous speaker; a sentence with no frame of its own continues the previous sentence's
// reported speech within a paragraph, and text inside an open quotation stays the quoted
// speaker's, also into the next paragraph.

import { type Attribution, findAttributions } from "./attribution.js";
import type { ExtractContext } from "./context.js";
import type { Attributed } from "./draft.js";
import { type KnownSources, withKnownCountry } from "./known-sources.js";
import { resolveSpeakers } from "./pronoun-speakers.js";
import type { SentenceView } from "./sentence-view.js";

export function resolveAttributions(ctx: ExtractContext): Attribution[][] {
  const text = ctx.ann.doc.text;
  let lastSpeakers: Attributed[] = [];
  let quoteSpeakers: Attributed[] = [];
  let insideQuote = false;
  let quoteOpenedAt = -1;
  let statementSpeakers: Attributed[] = [];
  let previous: { view: SentenceView; frames: Attribution[] } | null = null;
  const out: Attribution[][] = [];
  const known: KnownSources = { countries: new Map(), byHead: new Map() };
  for (const view of ctx.views) {
    const found = findAttributions(view, ctx);
    for (const f of found) f.speakers = f.speakers.map((s) => withKnownCountry(s, view, known));
    const sentenceText = text.slice(view.sentence.start, view.sentence.end);
    const startsQuoted = insideQuote || /^\s*[“"«]/.test(sentenceText);
    const frames = resolveSpeakers(found, view, ctx, lastSpeakers, startsQuoted);
    if (!frames.some((f) => f.speakers.length)) {
      const quoted = startsQuoted && quoteSpeakers.length ? quoteSpeakers : [];
      const carried = quoted.length ? quoted : carriedSpeakers(view, previous);
      const speakers = carried.length ? carried : statementSpeakers;
      if (speakers.length) frames.push(carriedFrame(view, speakers));
    }
    const opener = frames.find((f) => f.opensStatement && f.speakers.length);
    if (opener) statementSpeakers = opener.speakers;
    const own = frames.filter(
      (f) => f.speakers.length && f.kind !== "condemnation" && f.kind !== "hypothetical" && !f.denial,
    );
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

function fillQuote(out: Attribution[][], views: SentenceView[], from: number, speakers: Attributed[]): void {
  for (let s = from; s < out.length; s++) {
    const frames = out[s]!;
    // "“It is the consensus, I believe, that …” …, Jane Roe said": "I" inside is the quoted speaker.
    if (frames.some((f) => f.kind !== "carried" && !f.pronoun)) continue;
    const own = frames.filter((f) => f.kind !== "carried").map((f) => ({ ...f, speakers }));
    out[s] = own.length ? own : [carriedFrame(views[s]!, speakers)];
  }
}

/** The previous sentence's speakers when it reported speech up to its end, in the same paragraph. */
function carriedSpeakers(
  view: SentenceView,
  previous: { view: SentenceView; frames: Attribution[] } | null,
): Attributed[] {
  if (!previous || previous.view.sentence.paragraph !== view.sentence.paragraph) return [];
  // "… Cameron said. Other allies have balked at that possibility.": a reaction to the speech.
  if (view.hits.some((h) => h.cues.some((c) => c.role === "talk-reference"))) return [];
  const frame = previous.frames.find(
    (f) =>
      f.speakers.length > 0 &&
      f.kind !== "carried" &&
      f.kind !== "hypothetical" &&
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
