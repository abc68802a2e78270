// Where a reporting frame's content starts and ends inside its sentence: the comma before a
// closing attribution, a relative clause, the speaker's own doings told after what they said,
// the comma after a mid-sentence "according to S", a second speaker's clause.
// Also whether a frame is hypothetical ("If X had confirmed …").
import type { Attribution } from "./attribution.js";
import type { Attributed } from "./draft.js";
import { type CueHit, cueAt, keyAt, type SentenceView } from "./sentence-view.js";
import type { Speaker } from "./speaker.js";

/** Tokens a closing attribution may run on for ("…,” he told Check Your Fact last week."). */
const CLOSING_REACH = 8;

/**
 * Whether tokens [from, end) only close the sentence after its speaker or verb: a listener or a
 * time ("…,” Jane Roe told Fact Desk last week."), but no new content ("… told X about the plan").
 */
export function closesSentence(view: SentenceView, from: number, end: number): boolean {
  if (end - from <= 3) return true;
  if (end - from > CLOSING_REACH) return false;
  for (let k = from; k < end; k++) if (!closingToken(view, k)) return false;
  return true;
}

/** A name, a mention, a source noun, punctuation, or a word that may stand beside a speaker. */
function closingToken(view: SentenceView, k: number): boolean {
  const token = view.tokens[k]!;
  if (view.mentionAt[k]) return view.mentionAt[k]!.kind !== "item";
  if (/^\p{Lu}/u.test(token.text) || !/\p{L}/u.test(token.text)) return true;
  if (view.hitAt[k]?.cues.some((c) => c.role === "source-noun")) return true;
  const key = keyAt(view, k);
  return key === "to" || view.words.speaker_gap.has(key) || view.words.speaker_openers.has(key);
}

/** The comma (or comma and closing quote) right before a speaker: "…, officials said", "…,” he said". */
export function commaBefore(view: SentenceView, at: number): number {
  if (keyAt(view, at - 1) === "[") at--; // "…,” [Jane Roe](https://…), an analyst, said"
  if (keyAt(view, at - 1) === ",") return at - 1;
  if (/^[”"»]$/.test(keyAt(view, at - 1)) && [",", ".", "!", "?"].includes(keyAt(view, at - 2)))
    return at - 2;
  return -1;
}

/** "…, which officials said would come from reserves, …": a relative clause ends at its comma. */
export function relativeEnd(view: SentenceView, speaker: Speaker, end: number): number {
  if (!["which", "who", "that"].includes(keyAt(view, speaker.from - 1))) return end;
  for (let k = speaker.to; k < end; k++) if (keyAt(view, k) === ",") return k;
  return end;
}

/** "X said he would send arms as he signed the bill": the speaker's own doing is the author's telling. */
export function narrationStart(view: SentenceView, from: number, to: number): number {
  for (let k = from + 2; k < to - 1; k++) {
    if (!cueAt(view, k, "narration") || !["he", "she"].includes(keyAt(view, k + 1))) continue;
    return keyAt(view, k - 1) === "," ? k - 1 : k;
  }
  return to;
}

export function skipThat(view: SentenceView, i: number): number {
  return keyAt(view, i) === "that" ? i + 1 : i;
}

/**
 * "According to S, CONTENT"; "The point is that, as claimed by S, CONTENT"; "X, according to S,
 * sent Y" (the whole sentence); "CONTENT, according to S."
 */
export function accordingContent(
  view: SentenceView,
  hit: CueHit,
  speaker: Speaker,
): { from: number; to: number } {
  const end = view.tokens.length;
  if (hit.from <= 2) return { from: speaker.to, to: end };
  // The speaker's phrase may run a word or two past its head ("Russian official figures,").
  let comma = speaker.to;
  while (comma < speaker.to + 2 && comma < end && keyAt(view, comma) !== ",") comma++;
  if (keyAt(view, comma) !== "," || comma >= end - 2) return { from: 0, to: hit.from };
  return keyAt(view, hit.from - 1) === "," ? { from: 0, to: end } : { from: comma + 1, to: end };
}

/** The ", and" / ", but" / ";" right before token `at`, or -1: "…, and Smith said". */
export function clauseBreakBefore(view: SentenceView, at: number): number {
  if (keyAt(view, at - 1) === ";") return at - 1;
  const joined = view.words.conjunctions.has(keyAt(view, at - 1)) || keyAt(view, at - 1) === "but";
  return joined && keyAt(view, at - 2) === "," ? at - 2 : -1;
}

/** "If Sweden had confirmed …": a conditional right before the speaker. */
export function isHypothetical(view: SentenceView, frame: Attribution): boolean {
  const k = frame.speakerFrom - 1;
  const at = view.words.determiners.has(keyAt(view, k)) ? k - 1 : k;
  return frame.speakerFrom > 0 && !!cueAt(view, at, "conditional");
}

/**
 * "France said it may send troops, and Smith said Britain will supply missiles": a frame's
 * content ends where a coordinated clause brings the next speaker.
 */
export function endAtNextClause(view: SentenceView, frames: Attribution[]): void {
  for (const a of frames) {
    if (a.content.from < a.cueFrom) continue;
    const b = frames.find((f) => f.speakerFrom > a.content.from && f.speakerFrom < a.content.to);
    const brk = b ? clauseBreakBefore(view, b.speakerFrom) : -1;
    if (brk > a.content.from) a.content = { from: a.content.from, to: brk };
  }
}

/**
 * "Check Your Fact debunked claims that BBC News reported Ukraine was sending weapons": speech only
 * alleged to have been made is the claim of those who spread it, unnamed (the claims' noun).
 */
export function allegedSpeech(view: SentenceView, frame: Attribution): Attributed | null {
  // Back over the rest of the speakers' names: "claims that BBC News and Bellingcat reported".
  let k = frame.speakerFrom - 1;
  while (
    k > frame.speakerFrom - 5 &&
    (view.words.conjunctions.has(keyAt(view, k)) || /^\p{Lu}/u.test(view.tokens[k]?.text ?? ""))
  )
    k--;
  if (keyAt(view, k) !== "that") return null;
  const noun = view.hits.find((h) => h.to === k && h.cues.some((c) => c.role === "allegation"));
  if (!noun) return null;
  const cue = noun.cues.find((c) => c.role === "source-noun");
  const kind = cue?.role === "source-noun" ? cue.kind : "person";
  return { source: { name: noun.phrase, kind, country: null }, span: { start: noun.start, end: noun.end } };
}
