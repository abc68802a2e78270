// Local commitment: hedges and negations between the clause start and the trigger lower or flip
// what the source commits to ("said North Korea is likely to receive" → PR+; "said it never
// sold" → CT-; "reportedly sent" in the author's voice → PR+).
import type { Refiner } from "../context.js";
import { combineFactuality, negate } from "../factuality.js";

export const localFactuality: Refiner = (drafts) => {
  for (const d of drafts) {
    let f = d.baseFactuality;
    let negated = false;
    for (const hit of d.view.hits) {
      if (hit.from < d.scopeFrom || hit.from >= d.trigger.from) continue;
      for (const cue of hit.cues) {
        if (cue.role === "hedge") f = combineFactuality(f, cue.factuality);
        else if ((cue.role === "negation" || cue.role === "cancellation") && !negated) {
          f = negate(f);
          negated = true;
          if (cue.role === "cancellation") d.status = "planned";
        }
      }
    }
    d.factuality = f;
  }
  return drafts;
};
