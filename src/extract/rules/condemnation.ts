// Condemnations: "South Korea, the US and Japan condemned North Korea's supply of …" gives one
// condemnation per condemner with the first actor after the verb as target. What is condemned
// is asserted by the condemners too: the transfer rules read it inside the condemnation frame.
import { firstGroupIn, subjectBefore } from "../actors.js";
import { clauseEnd, clauseStart } from "../clause.js";
import type { Rule } from "../context.js";
import { type Draft, newDraft } from "../draft.js";
import { cueAt } from "../sentence-view.js";

export const condemnation: Rule = (view, ctx) => {
  const drafts: Draft[] = [];
  for (const hit of view.hits) {
    if (!cueAt(view, hit.from, "condemnation")) continue;
    const lo = clauseStart(view, ctx, hit.from);
    const condemners = subjectBefore(view, ctx, hit.from, lo)?.members ?? [];
    const target = firstGroupIn(view, ctx, hit.to, clauseEnd(view, hit.from));
    if (!condemners.length || !target) continue;
    const draft = newDraft("condemnation", "condemnation", view, { from: hit.from, to: hit.to }, "noun");
    draft.targets = target.members.filter((t) => condemners.every((c) => c.code !== t.code));
    if (!draft.targets.length) continue;
    draft.participants = condemners;
    draft.ownSources = condemners.map((c) => ({ source: c.asSource, span: c.span }));
    draft.scopeFrom = hit.from;
    draft.status = "unknown";
    drafts.push(draft);
  }
  return drafts;
};
