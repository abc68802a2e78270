// Clause bounds around a trigger: roles are looked for between the start of the content the
// trigger is reported in and the next clause break ("; while", "which", "in exchange for").
import type { ExtractContext } from "./context.js";
import { keyAt, type SentenceView } from "./sentence-view.js";

/** First token of the clause holding token `at`: the start of its reported content, or after a ";". */
export function clauseStart(view: SentenceView, ctx: ExtractContext, at: number): number {
  let lo = 0;
  for (const frame of ctx.attributions[view.sentence.index] ?? []) {
    const { from, to } = frame.content;
    if (from <= at && at < to && from > lo) lo = from;
  }
  for (let k = at - 1; k > lo; k--) {
    // "It is not known what …, although rumours claim the Kremlin is providing …",
    // "… before travelling to Germany to meet the chancellor"
    const hit = view.hitAt[k];
    if (
      hit &&
      hit.to <= at &&
      hit.cues.some((c) => c.role === "clause-break") &&
      !closedRelative(view, hit.to, at)
    ) {
      return hit.to;
    }
    if (view.words.contrast.has(keyAt(view, k))) return k + 1;
  }
  return lo;
}

function closedRelative(view: SentenceView, from: number, at: number): boolean {
  if (!view.words.relatives.has(keyAt(view, from - 1))) return false;
  for (let k = from; k < at; k++) if (keyAt(view, k) === ",") return true;
  return false;
}

/** One past the last token of the clause holding token `at`. */
export function clauseEnd(view: SentenceView, at: number): number {
  for (const hit of view.hits) {
    if (hit.from <= at) continue;
    if (hit.cues.some((c) => c.role === "clause-break" || c.role === "exchange")) return hit.from;
  }
  return view.tokens.length;
}
