// Condemning by labelling: "The minister called the strikes an act of barbarism", "Oslo branded
// the shelling a war crime", "she called it unacceptable". The labeller condemns whoever the
// object names or, when it points back ("the strikes", "it"), whoever carried out the act.
import { clauseEnd } from "../clause.js";
import type { Rule } from "../context.js";
import type { Draft } from "../draft.js";
import { cueAt, hitWith, type SentenceView } from "../sentence-view.js";
import { condemnationAt } from "./condemnation.js";

// How far after the labelling verb the label may come ("called the overnight strikes on the
// capital a heinous act of barbarism").
const LABEL_REACH = 10;

export const condemnationLabel: Rule = (view, ctx) => {
  const drafts: Draft[] = [];
  for (const hit of view.hits) {
    if (!cueAt(view, hit.from, "labelling")) continue;
    const hi = clauseEnd(view, hit.from);
    const label = labelAfter(view, hit.to, Math.min(hi, hit.to + LABEL_REACH));
    if (label < 0) continue;
    const draft = condemnationAt(view, ctx, hit, { from: hit.to, to: label }, hi, "condemnation-label");
    if (draft) drafts.push(draft);
  }
  return drafts;
};

function labelAfter(view: SentenceView, from: number, to: number): number {
  for (let k = from; k < to; k++) if (hitWith(view, k, "condemnation-label")) return k;
  return -1;
}
