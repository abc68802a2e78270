// Requests that name the one asked between the verb and "for": "Kyiv asked Berlin for more
// tanks", "Armenia has pressed France for radars" → request, supplier = the one asked (Berlin),
// recipient = the asker. "asked for" with no one between is the plain request rule's.
import { firstGroupIn, subjectBefore } from "../actors.js";
import { clauseEnd, clauseStart } from "../clause.js";
import type { Rule } from "../context.js";
import { type Draft, newDraft } from "../draft.js";
import { itemsBetween } from "../items.js";
import { hitWith, keyAt } from "../sentence-view.js";

export const addressedRequest: Rule = (view, ctx) => {
  const drafts: Draft[] = [];
  for (const hit of view.hits) {
    if (!hitWith(view, hit.from, "addressed-request")) continue;
    const hi = clauseEnd(view, hit.from);
    // The one asked must follow the verb at once ("asked Germany for"), not later in the clause.
    const asked = firstGroupIn(view, ctx, hit.to, Math.min(hi, hit.to + 2));
    if (!asked || keyAt(view, asked.to) !== "for") continue;
    const items = itemsBetween(view, asked.to + 1, hi);
    if (!items.length) continue;
    const lo = clauseStart(view, ctx, hit.from);
    const draft = newDraft("request-addressed", "request", view, { from: hit.from, to: hit.to }, "base");
    draft.scopeFrom = lo;
    draft.items = items;
    draft.suppliers = asked.members;
    draft.recipients = subjectBefore(view, ctx, hit.from, lo)?.members ?? [];
    draft.status = "unknown";
    drafts.push(draft);
  }
  return drafts;
};
