// "The White House said Russia fired North Korean missiles. This announcement was later verified
// by Ukrainian officials.": a sentence whose subject points back at the previous one and says a
// named source confirmed it gives each claim of that sentence a second, independent source.
import type { Refiner } from "../context.js";
import type { Draft } from "../draft.js";
import { keyAt, type SentenceView } from "../sentence-view.js";
import { speakerAfter } from "../speaker.js";

/** How far into its sentence the "was confirmed by" may stand ("This announcement was …"). */
const SUBJECT_REACH = 4;

export const corroborate: Refiner = (drafts, ctx) => {
  const out: Draft[] = [];
  for (const d of drafts) {
    out.push(d);
    const next = ctx.views[d.view.sentence.index + 1];
    if (!next || next.sentence.paragraph !== d.view.sentence.paragraph || d.ownSources) continue;
    const hit = confirmationIn(next);
    const speaker = hit ? speakerAfter(next, ctx, hit.to, next.tokens.length) : null;
    if (!speaker || speaker.pronoun || !speaker.speakers.length) continue;
    out.push({ ...d, sources: speaker.speakers, via: [], baseFactuality: "CT+", sourcePerSupplier: false });
  }
  return out;
};

/** "This announcement was later verified by …": a back-pointing subject, then the cue. */
function confirmationIn(view: SentenceView) {
  const hit = view.hits.find(
    (h) => h.from <= SUBJECT_REACH && h.cues.some((c) => c.role === "corroboration"),
  );
  if (!hit || !["this", "that", "these", "those", "the"].includes(keyAt(view, 0))) return null;
  return hit;
}
