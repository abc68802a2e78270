// Reporting frames of a sentence: who says what, how sure, through whom. Each frame covers a
// token range of content; a claim whose trigger lies in it belongs to the innermost frame.
//   "S said (that) CONTENT"           "CONTENT, S said."          "According to S, CONTENT"
//   "S told LISTENER that CONTENT"    (the listener, when a body such as lawmakers, joins `via`)
//   "A, B and C condemned CONTENT"    (condemners assert what they condemn)
import type { ClaimSource, Factuality, Span } from "../core/model.js";
import type { ExtractContext } from "./context.js";
import type { Attributed } from "./draft.js";
import {
  accordingContent,
  allegedSpeech,
  closesSentence,
  commaBefore,
  endAtNextClause,
  isHypothetical,
  narrationStart,
  relativeEnd,
  skipThat,
} from "./frame-bounds.js";
import { passiveSpeaker } from "./passive-report.js";
import { recordPresenter } from "./presenter.js";
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
  kind: "verb" | "according" | "condemnation" | "carried" | "passive" | "hypothetical";
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
      if (cue.role === "report" && cue.passive) frame = passiveFrame(view, ctx, hit, cue.factuality);
      else if (cue.role === "report")
        frame = reportFrame(view, ctx, hit, cue.factuality, cue.denial, lo, out);
      if (frame && cue.role === "report" && cue.opener) frame.opensStatement = true;
      else if (cue.role === "according") frame = accordingFrame(view, ctx, hit);
      else if (cue.role === "condemnation") frame = condemnationFrame(view, ctx, hit, lo);
      if (frame) {
        // "If Sweden had confirmed …": the speaker asserts nothing (see refiners/attribute.ts).
        if (frame.kind === "verb" && isHypothetical(view, frame)) frame.kind = "hypothetical";
        const alleged = frame.kind === "verb" ? allegedSpeech(view, frame) : null;
        if (alleged) frame.speakers = [alleged];
        if (cue.role === "report" && cue.listener) frame.listeners = listenersOf(view, ctx, frame, hit);
        out.push(frame);
        break;
      }
    }
  }
  endAtNextClause(view, out);
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
    const final = comma > 0 && closesSentence(view, hit.to, end);
    const content = final
      ? { from: 0, to: comma }
      : { from: skipThat(view, hit.to), to: narrationStart(view, hit.to, relativeEnd(view, before, end)) };
    const frame = frameOf(hit, before, factuality, content, "verb", denial);
    if (!final && comma > 0 && keyAt(view, 0) !== "in") frame.lead = { from: 0, to: comma };
    return frame;
  }
  const presenter = recordPresenter(view, ctx, hit.from);
  if (presenter)
    return frameOf(hit, presenter, factuality, { from: skipThat(view, hit.to), to: end }, "verb");
  // "…, said Peskov." — the speaker after the verb, the content before the comma.
  const comma = commaBefore(view, hit.from);
  if (comma > 0) {
    const after = speakerAfter(view, ctx, hit.to, end);
    if (after && closesSentence(view, after.to, end))
      return frameOf(hit, after, factuality, { from: 0, to: comma }, "verb");
  }
  return null;
}

/** "Firms in X were accused (by Z) of …": see passive-report.ts. */
function passiveFrame(
  view: SentenceView,
  ctx: ExtractContext,
  hit: CueHit,
  factuality: Factuality,
): Attribution | null {
  const found = passiveSpeaker(view, ctx, hit);
  if (!found) return null;
  const speaker = { speakers: found.speakers, pronoun: false, from: hit.from, to: hit.to };
  return frameOf(hit, speaker, factuality, { from: found.contentFrom, to: view.tokens.length }, "passive");
}

function isPassiveReport(view: SentenceView, at: number): boolean {
  const prev = view.hitAt[at - 1] ?? view.hitAt[at - 2];
  return !!prev?.cues.some((c) => c.role === "be") && prev.to >= at - 1;
}

/** "According to S, CONTENT" or "CONTENT, according to S." */
function accordingFrame(view: SentenceView, ctx: ExtractContext, hit: CueHit): Attribution | null {
  const end = view.tokens.length;
  const speaker = speakerAfter(view, ctx, hit.to, end);
  if (!speaker) return null;
  return frameOf(hit, speaker, "CT+", accordingContent(view, hit, speaker), "according");
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
function listenersOf(
  view: SentenceView,
  ctx: ExtractContext,
  frame: Attribution,
  hit: CueHit,
): ClaimSource[] {
  // "“…,” Jane Roe told the committee.": the content came first; the listener closes the sentence.
  if (frame.content.from < hit.from) return listenerAfter(view, ctx, hit.to, view.tokens.length);
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
