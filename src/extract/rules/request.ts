// Requests: "X wants / seeks / asked for / is pushing for Y from Z" → request, supplier Z,
// recipient X; "X is seeking Z's technology" names the one asked as the items' origin. With no
// one named ("Ukraine needs air defence") the supplier is null. "wants to receive …" is read by
// the transfer-verb rule.
import { groupAfterPreposition, subjectBefore } from "../actors.js";
import { clauseEnd, clauseStart } from "../clause.js";
import type { Rule } from "../context.js";
import { type Draft, newDraft } from "../draft.js";
import { itemsBetween } from "../items.js";
import { cueAt, hitWith, keyAt } from "../sentence-view.js";
import { originActors } from "./verb-frames.js";

const FROM = new Set(["from"]);
const FOR = new Set(["for", "to"]);

export const request: Rule = (view, ctx) => {
  const drafts: Draft[] = [];
  for (const hit of view.hits) {
    if (!cueAt(view, hit.from, "request")) continue;
    if (keyAt(view, hit.to) === "to" && hitWith(view, hit.to + 1, "transfer")) continue;
    // "desperately needed military aid": a participle before an item is an adjective.
    if (keyAt(view, hit.from).endsWith("ed") && view.mentionAt[hit.to]?.kind === "item") continue;
    const lo = clauseStart(view, ctx, hit.from);
    const hi = clauseEnd(view, hit.from);
    const draft = newDraft("request", "request", view, { from: hit.from, to: hit.to }, "base");
    draft.scopeFrom = lo;
    draft.items = itemsBetween(view, hit.to, hi);
    if (!draft.items.length) continue;
    const asker = subjectBefore(view, ctx, hit.from, lo)?.members ?? [];
    const beneficiary = groupAfterPreposition(view, ctx, hit.to, hi, FOR)?.members ?? [];
    if (
      asker.length &&
      beneficiary.length &&
      beneficiary.every((b) => asker.every((a) => a.code !== b.code))
    ) {
      // "Biden requested $8bn in aid for Kyiv": asking (a legislature) for means to give.
      Object.assign(draft, {
        type: "transfer",
        rule: "request-on-behalf",
        suppliers: asker,
        recipients: beneficiary,
      });
      draft.status = "planned";
      drafts.push(draft);
      continue;
    }
    draft.recipients = asker;
    draft.suppliers = groupAfterPreposition(view, ctx, hit.to, hi, FROM)?.members ?? [];
    if (!draft.suppliers.length) draft.suppliers = originActors(view, ctx, draft.items);
    draft.status = "unknown";
    drafts.push(draft);
  }
  return drafts;
};
