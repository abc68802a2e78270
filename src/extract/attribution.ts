// Reporting frames of a sentence: who says what, how sure, through whom. Each frame covers a
// token range of content; a claim whose trigger lies in it belongs to the innermost frame.
//   "S said (that) CONTENT"           "CONTENT, S said."          "According to S, CONTENT"
//   "S told LISTENER that CONTENT"    (the listener, when a body such as lawmakers, joins `via`)
//   "A, B and C condemned CONTENT"    (condemners assert what they condemn)
import type { ClaimSource, Factuality, Span } from "../core/model.js";
import type { ExtractContext } from "./context.js";
import type { Attributed } from "./draft.js";
import { type CueHit, keyAt, type SentenceView } from "./sentence-view.js";
import { listenerAfter, type Speaker, speakerAfter, speakerBefore } from "./speaker.js";

export interface Attribution {
  cue: Span;
  cueText: string;
  cueFrom: number;
  factuality: Factuality;
  denial: boolean;
  /** Empty for a pronoun ("they suspect") until resolved from the enclosing frame or context. */
  speakers: Attributed[];
  pronoun: boolean;
  /** Token index where the speaker phrase starts (-1 when carried over). */
  speakerFrom: number;
  /** Bodies it passed through before reaching the article (listeners briefed, relays). */
  listeners: ClaimSource[];
  content: { from: number; to: number };
  /** A clause before the speaker that is also theirs: "Citing X's decision, the president said …". */
  lead: { from: number; to: number } | null;
  kind: "verb" | "according" | "condemnation" | "carried";
  /** "released the following statement": the speaker speaks the rest of the document. */
  opensStatement: boolean;
}

/** The frames found in one sentence, in text order. */
export function findAttributions(view: SentenceView, ctx: ExtractContext): Attribution[] {
  const out: Attribution[] = [];
  for (const hit of view.hits) {
    for (const cue of hit.cues) {
      const lo = out.length ? out[out.length - 1]!.cueFrom + 1 : 0;
      let frame: Attribution | null = null;
      if (cue.role === "report") frame = reportFrame(view, ctx, hit, cue.factuality, cue.denial, lo, out);
      if (frame && cue.role === "report" && cue.opener) frame.opensStatement = true;
      else if (cue.role === "according") frame = accordingFrame(view, ctx, hit);
      else if (cue.role === "condemnation") frame = condemnationFrame(view, ctx, hit, lo);
      if (frame) {
        if (cue.role === "report" && cue.listener) frame.listeners = listenersOf(view, ctx, frame);
        out.push(frame);
        break;
      }
    }
  }
  return out;
}

function frameOf(
  hit: CueHit,
  speaker: Speaker,
  factuality: Factuality,
  content: { from: number; to: number },
  kind: Attribution["kind"],
  denial = false,
): Attribution {
  return {
    cue: { start: hit.start, end: hit.end },
    cueText: hit.phrase,
    cueFrom: hit.from,
    factuality,
    denial,
    speakers: speaker.speakers,
    pronoun: speaker.pronoun,
    speakerFrom: speaker.from,
    listeners: [],
    content,
    lead: null,
    kind,
    opensStatement: false,
  };
}

function reportFrame(
  view: SentenceView,
  ctx: ExtractContext,
  hit: CueHit,
  factuality: Factuality,
  denial: boolean,
  lo: number,
  earlier: Attribution[],
): Attribution | null {
  const end = view.tokens.length;
  // "…, saying such deliveries …": a participle continues the frame before it.
  const prev = earlier[earlier.length - 1];
  if (prev && keyAt(view, hit.from).endsWith("ing")) {
    const same = { speakers: prev.speakers, pronoun: prev.pronoun, from: hit.from, to: hit.from };
    return frameOf(hit, same, factuality, { from: hit.to, to: end }, "verb", denial);
  }
  // "were accused of …", "is reported": a passive has no speaker before it.
  if (isPassiveReport(view, hit.from)) return null;
  const before = speakerBefore(view, ctx, hit.from, lo);
  if (before) {
    const comma = commaBefore(view, before.from);
    const final = comma > 0 && end - hit.to <= 3;
    const content = final
      ? { from: 0, to: comma }
      : { from: skipThat(view, hit.to), to: relativeEnd(view, before, end) };
    const frame = frameOf(hit, before, factuality, content, "verb", denial);
    if (!final && comma > 0 && keyAt(view, 0) !== "in") frame.lead = { from: 0, to: comma };
    return frame;
  }
  // "…, said Peskov." — the speaker after the verb, the content before the comma.
  const comma = commaBefore(view, hit.from);
  if (comma > 0) {
    const after = speakerAfter(view, ctx, hit.to, end);
    if (after && end - after.to <= 3) return frameOf(hit, after, factuality, { from: 0, to: comma }, "verb");
  }
  return null;
}

/** The comma (or comma and closing quote) right before a speaker: "…, officials said", "…,” he said". */
function commaBefore(view: SentenceView, at: number): number {
  if (keyAt(view, at - 1) === ",") return at - 1;
  if (/^[”"»]$/.test(keyAt(view, at - 1)) && [",", ".", "!", "?"].includes(keyAt(view, at - 2)))
    return at - 2;
  return -1;
}

function isPassiveReport(view: SentenceView, at: number): boolean {
  const prev = view.hitAt[at - 1] ?? view.hitAt[at - 2];
  return !!prev?.cues.some((c) => c.role === "be") && prev.to >= at - 1;
}

/** "…, which officials said would come from reserves, …": a relative clause ends at its comma. */
function relativeEnd(view: SentenceView, speaker: Speaker, end: number): number {
  if (!["which", "who", "that"].includes(keyAt(view, speaker.from - 1))) return end;
  for (let k = speaker.to; k < end; k++) if (keyAt(view, k) === ",") return k;
  return end;
}

function skipThat(view: SentenceView, i: number): number {
  return keyAt(view, i) === "that" ? i + 1 : i;
}

/** "According to S, CONTENT" or "CONTENT, according to S." */
function accordingFrame(view: SentenceView, ctx: ExtractContext, hit: CueHit): Attribution | null {
  const end = view.tokens.length;
  const speaker = speakerAfter(view, ctx, hit.to, end);
  if (!speaker) return null;
  const atStart = hit.from <= 2;
  const content = atStart ? { from: speaker.to, to: end } : { from: 0, to: hit.from };
  return frameOf(hit, speaker, "CT+", content, "according");
}

/** "South Korea, the US and Japan condemned X's supply of …": each condemner asserts the act. */
function condemnationFrame(
  view: SentenceView,
  ctx: ExtractContext,
  hit: CueHit,
  lo: number,
): Attribution | null {
  const speaker = speakerBefore(view, ctx, hit.from, lo);
  if (!speaker || speaker.pronoun) return null;
  return frameOf(hit, speaker, "CT+", { from: hit.to, to: view.tokens.length }, "condemnation");
}

/** "told South Korean delegates that …" → the delegates, as a legislature, join `via`. */
function listenersOf(view: SentenceView, ctx: ExtractContext, frame: Attribution): ClaimSource[] {
  const from = frame.content.from;
  // "informed the Ukrainian president, Volodymyr Zelenskiy, that …": up to "that" when it comes.
  let to = from;
  while (to < view.tokens.length && to < from + 15 && keyAt(view, to) !== "that") to++;
  if (keyAt(view, to) !== "that") {
    to = from;
    while (to < view.tokens.length && ![",", ":"].includes(keyAt(view, to))) to++;
  }
  const listeners = listenerAfter(view, ctx, from, to);
  if (listeners.length) frame.content = { from: Math.min(to + 1, view.tokens.length), to: frame.content.to };
  return listeners;
}
