// "X seeks Y's technology in exchange for conventional weapons": what is given in return flows
// the other way, between the same two actors, by the same source.
import { clauseEnd } from "../clause.js";
import type { Rule } from "../context.js";
import { type Draft, newDraft } from "../draft.js";
import { itemsBetween } from "../items.js";
import { cueAt } from "../sentence-view.js";

export const exchange: Rule = (view, _ctx, earlier) => {
  const drafts: Draft[] = [];
  for (const hit of view.hits) {
    if (!cueAt(view, hit.from, "exchange")) continue;
    const base = [...earlier].reverse().find((d) => d.view === view && d.trigger.from < hit.from);
    if (!base) continue;
    const draft = newDraft("exchange", "transfer", view, { from: hit.from, to: hit.to }, "noun");
    draft.items = itemsBetween(view, hit.to, clauseEnd(view, hit.to));
    if (!draft.items.length) continue;
    draft.suppliers = base.recipients;
    draft.recipients = base.suppliers;
    draft.scopeFrom = base.scopeFrom;
    draft.status = "unknown";
    drafts.push(draft);
  }
  return drafts;
};
