// "X signed a $5bn aid bill for Y that also included assistance for Z and W": the package told
// earlier in the sentence has more recipients; each gets a claim with the package's supplier,
// items and source.
import { groupAfterPreposition } from "../actors.js";
import type { Rule } from "../context.js";
import { type DraftItem, newDraft } from "../draft.js";
import { cueAt, keyAt } from "../sentence-view.js";

const FOR = new Set(["for"]);

export const packageBeneficiaries: Rule = (view, ctx, earlier) => {
  const hit = view.hits.find((h) => cueAt(view, h.from, "contents"));
  if (!hit || !view.words.bare_aid.has(keyAt(view, hit.to)) || keyAt(view, hit.to + 1) !== "for") return [];
  const base = [...earlier]
    .reverse()
    .find(
      (d) => d.view === view && d.type === "transfer" && d.trigger.from < hit.from && d.recipients.length,
    );
  if (!base) return [];
  const group = groupAfterPreposition(view, ctx, hit.to + 1, hit.to + 3, FOR);
  const known = new Set(base.recipients.map((r) => r.code));
  const recipients = (group?.members ?? []).filter((m) => m.code && !known.has(m.code));
  if (!recipients.length) return [];
  const draft = newDraft("package-beneficiaries", "transfer", view, { from: hit.from, to: hit.to }, "noun");
  Object.assign(draft, {
    items: materiel(base.items),
    suppliers: base.suppliers,
    recipients,
    status: base.status,
    scopeFrom: base.scopeFrom,
  });
  return [draft];
};

/** A war-aid package lends its materiel to the added recipients; its money goes with the first. */
function materiel(items: DraftItem[]): DraftItem[] {
  const arms = items.filter((i) => !i.category.startsWith("economic"));
  return arms.length ? arms : items;
}
