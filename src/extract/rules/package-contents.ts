// "The package includes 60 boats, more than 1,600 missiles and …": a sentence that lists what an
// earlier package holds adds a claim with the same supplier, recipient and status, said by the
// same source unless the sentence has its own.
import type { Rule } from "../context.js";
import { newDraft } from "../draft.js";
import { itemsBetween } from "../items.js";
import { cueAt } from "../sentence-view.js";

// How many sentences back the package may have been announced.
const REACH = 6;

export const packageContents: Rule = (view, _ctx, earlier) => {
  const hit = view.hits.find((h) => cueAt(view, h.from, "contents"));
  if (!hit || earlier.some((d) => d.view === view)) return [];
  const base = [...earlier]
    .reverse()
    .find(
      (d) =>
        d.type === "transfer" && d.recipients.length && view.sentence.index - d.view.sentence.index <= REACH,
    );
  if (!base) return [];
  const draft = newDraft("package-contents", "transfer", view, { from: hit.from, to: hit.to }, "noun");
  draft.items = itemsBetween(view, hit.to, view.tokens.length);
  if (!draft.items.length) return [];
  draft.suppliers = base.suppliers;
  draft.recipients = base.recipients;
  draft.status = base.status;
  draft.inheritFrom = base;
  draft.scopeFrom = hit.from;
  return [draft];
};
