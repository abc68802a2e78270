// Clause bounds around a trigger: roles are looked for between the start of the content the
// trigger is reported in and the next clause break ("; while", "which", "in exchange for").
import type { ExtractContext } from "./context.js";
import { keyAt, type SentenceView } from "./sentence-view.js";

const CONTRAST = new Set(["although", "though", "whereas", "but", "while"]);

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
    if (hit && hit.to <= at && hit.cues.some((c) => c.role === "clause-break")) return hit.to;
    if (CONTRAST.has(keyAt(view, k))) return k + 1;
  }
  return lo;
}

/** One past the last token of the clause holding token `at`. */
export function clauseEnd(view: SentenceView, at: number): number {
  for (const hit of view.hits) {
    if (hit.from <= at) continue;
    if (hit.cues.some((c) => c.role === "clause-break" || c.role === "exchange")) return hit.from;
  }
  return view.tokens.length;
}
