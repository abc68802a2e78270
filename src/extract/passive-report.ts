// Passive reports: "Firms in X were accused of helping Y acquire …". What was alleged is the
// subject; the speaker is named after "by" ("were accused by Washington of …") or, in a paragraph
// about sanctions, is the state that imposed them ("The US imposed new sanctions on … Companies in
// X were accused of … The penalties bar them from …" → the US). With neither, there is no frame
// and the sentence stays the author's hearsay (the phrase is also a PR+ hedge).
import type { ExtractContext } from "./context.js";
import type { Attributed } from "./draft.js";
import { type CueHit, keyAt, type SentenceView } from "./sentence-view.js";
import { speakerAfter, speakerBefore } from "./speaker.js";

export interface PassiveSpeaker {
  speakers: Attributed[];
  /** First token of what the speaker asserts (after the agent when there is one). */
  contentFrom: number;
}

export function passiveSpeaker(view: SentenceView, ctx: ExtractContext, hit: CueHit): PassiveSpeaker | null {
  if (keyAt(view, hit.to - 1) === "by") {
    const agent = speakerAfter(view, ctx, hit.to, view.tokens.length);
    if (!agent || agent.pronoun) return null;
    const from = keyAt(view, agent.to) === "of" ? agent.to + 1 : agent.to;
    return { speakers: agent.speakers, contentFrom: from };
  }
  const sanctioner = sanctionerFor(view, ctx, hit.from);
  return sanctioner.length ? { speakers: sanctioner, contentFrom: hit.to } : null;
}

/** Sentences searched back for the sanctioning state (a long article names it in its lead). */
const SANCTIONER_REACH = 40;

/** The nearest state before token `at` that imposed sanctions, if the paragraph is about sanctions. */
function sanctionerFor(view: SentenceView, ctx: ExtractContext, at: number): Attributed[] {
  if (!aboutSanctions(view, ctx)) return [];
  const first = Math.max(0, view.sentence.index - SANCTIONER_REACH);
  for (let s = view.sentence.index; s >= first; s--) {
    const v = ctx.views[s]!;
    const hits = v.hits.filter((h) => has(h, "sanctioner") && (v !== view || h.from < at));
    for (const h of hits.reverse()) {
      const found = speakerBefore(v, ctx, h.from, 0);
      if (found && !found.pronoun && found.speakers.length) return found.speakers;
    }
  }
  return [];
}

function aboutSanctions(view: SentenceView, ctx: ExtractContext): boolean {
  const { paragraph, index } = view.sentence;
  const mentions = (v: SentenceView | undefined) =>
    !!v?.hits.some((h) => has(h, "sanction-noun") || has(h, "sanctioner"));
  for (let s = index; ctx.views[s]?.sentence.paragraph === paragraph; s--)
    if (mentions(ctx.views[s])) return true;
  for (let s = index + 1; ctx.views[s]?.sentence.paragraph === paragraph; s++)
    if (mentions(ctx.views[s])) return true;
  return false;
}

function has(hit: CueHit, role: "sanctioner" | "sanction-noun"): boolean {
  return hit.cues.some((c) => c.role === role);
}
