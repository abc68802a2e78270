// Local commitment: hedges and negations between the clause start and the trigger lower or flip
// what the source commits to ("said North Korea is likely to receive" → PR+; "said it never
// sold" → CT-; "reportedly sent" in the author's voice → PR+).
import { clauseStart } from "../clause.js";
import type { ExtractContext, Refiner } from "../context.js";
import type { Draft } from "../draft.js";
import { combineFactuality, negate } from "../factuality.js";
import { keyAt } from "../sentence-view.js";

export const localFactuality: Refiner = (drafts, ctx) => {
  for (const d of drafts) {
    let f = hostHedge(d, ctx) ?? d.baseFactuality;
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
    if (!negated && negatesObject(d)) f = negate(f);
    d.factuality = f;
  }
  return drafts;
};

/**
 * "Spain sent no tanks to Taiwan", "Italy has sent neither tanks nor jets": a negation right after
 * the verb denies its object. "sent no more than 20 tanks" is a quantity, not a negation.
 */
function negatesObject(d: Draft): boolean {
  const { view, trigger } = d;
  if (view.mentionAt[trigger.to]?.kind === "quantity") return false;
  const next = view.hitAt[trigger.to];
  return !!next && next.from === trigger.to && next.cues.some((c) => c.role === "negation");
}

/**
 * "X might approve a package for Y, most of which would buy shells": a relative clause in the
 * conditional describes something that exists only if its host clause happens, so the host's
 * hedges carry over. A plain relative ("…, which Z sent last year") keeps its own commitment.
 */
function hostHedge(d: Draft, ctx: ExtractContext): Draft["baseFactuality"] | null {
  const { view, scopeFrom } = d;
  if (scopeFrom <= 0 || !view.words.relatives.has(keyAt(view, scopeFrom - 1))) return null;
  const conditional = view.hits.some(
    (h) => h.from >= scopeFrom && h.from < d.trigger.from && h.cues.some((c) => c.role === "future"),
  );
  if (!conditional) return null;
  const hostFrom = clauseStart(view, ctx, scopeFrom - 1);
  let f = d.baseFactuality;
  let hedged = false;
  for (const hit of view.hits) {
    if (hit.from < hostFrom || hit.from >= scopeFrom - 1) continue;
    for (const cue of hit.cues) {
      if (cue.role !== "hedge") continue;
      f = combineFactuality(f, cue.factuality);
      hedged = true;
    }
  }
  return hedged ? f : null;
}
