// More recipients of a package told earlier in the same sentence, each with the package's
// supplier and source:
//   contents:  "X signed a $5bn aid bill for Y that also included assistance for Z, W and other
//              hot spots" → Z and W get the package's materiel, "other hot spots" a claim with no
//              recipient; the assistance is theirs, not Y's
//   addition:  "X approved $9bn in aid for Y, along with defence support to Z" → Z gets the
//              defence support
import { type ActorGroup, actorGroups, groupAfterPreposition } from "../actors.js";
import type { ExtractContext, Rule } from "../context.js";
import { type ActorRef, type Draft, type DraftItem, newDraft } from "../draft.js";
import { itemsBetween } from "../items.js";
import { type CueHit, cueAt, hitWith, keyAt, type SentenceView } from "../sentence-view.js";
import { draftsOf } from "./package-base.js";

const FOR = new Set(["for"]);
const TO_OR_FOR = new Set(["to", "for"]);
// How many words an added part may span before its recipient ("along with more defence support to").
const ADDITION_REACH = 6;

export const packageBeneficiaries: Rule = (view, ctx, earlier) => {
  const base = draftsOf(earlier, view)
    .reverse()
    .find((d) => d.type === "transfer" && d.recipients.length);
  if (!base) return [];
  const hit = view.hits.find((h) => cueAt(view, h.from, "contents"));
  if (hit && hit.from > base.trigger.from) return contentsBeneficiaries(view, ctx, base, hit);
  return view.hits
    .filter((h) => h.from > base.trigger.from && cueAt(view, h.from, "package-addition"))
    .flatMap((h) => addition(view, ctx, base, h));
};

function contentsBeneficiaries(view: SentenceView, ctx: ExtractContext, base: Draft, hit: CueHit): Draft[] {
  if (!view.words.bare_aid.has(keyAt(view, hit.to)) || keyAt(view, hit.to + 1) !== "for") return [];
  const group = groupAfterPreposition(view, ctx, hit.to + 1, hit.to + 3, FOR);
  const known = new Set(base.recipients.map((r) => r.code));
  const recipients = (group?.members ?? []).filter((m) => m.code && !known.has(m.code));
  if (group && hitWith(view, group.to, "unnamed-others")) recipients.push(unnamed(view, group.to));
  if (!recipients.length) return [];
  // "… for Ukraine that also included assistance for Israel": that assistance is not Ukraine's.
  const own = base.items.filter((it) => it.from < hit.from);
  if (own.length) base.items = own;
  return [beneficiaryDraft(view, base, hit, recipients, materiel(base.items))];
}

function addition(view: SentenceView, ctx: ExtractContext, base: Draft, hit: CueHit): Draft[] {
  const hi = Math.min(view.tokens.length, hit.to + ADDITION_REACH);
  const group: ActorGroup | null = groupAfterPreposition(view, ctx, hit.to, hi, TO_OR_FOR);
  if (!group) return [];
  const items = itemsBetween(view, hit.to, group.from);
  const known = new Set(base.recipients.map((r) => r.code));
  const recipients = group.members.filter((m) => m.code && !known.has(m.code));
  if (
    !items.length ||
    !recipients.length ||
    actorGroups(view, ctx).some((g) => inside(g, hit.to, group.from))
  )
    return [];
  const own = base.items.filter((it) => it.from < hit.from);
  if (own.length) base.items = own;
  return [beneficiaryDraft(view, base, hit, recipients, items)];
}

function inside(g: ActorGroup, from: number, to: number): boolean {
  return g.from >= from && g.to <= to;
}

function beneficiaryDraft(
  view: SentenceView,
  base: Draft,
  hit: CueHit,
  recipients: ActorRef[],
  items: DraftItem[],
): Draft {
  const draft = newDraft("package-beneficiaries", "transfer", view, { from: hit.from, to: hit.to }, "noun");
  return Object.assign(draft, {
    items,
    suppliers: base.suppliers,
    recipients,
    // The package's status is set later (status refiner): "signed a bill that also included …"
    // is as planned as the bill.
    inheritFrom: base,
    scopeFrom: base.scopeFrom,
  });
}

/** "… and other hot spots": recipients the text leaves unnamed. */
function unnamed(view: SentenceView, at: number): ActorRef {
  const t = view.tokens[at]!;
  const span = { start: t.start, end: t.end };
  return { code: null, from: at, to: at + 1, span, asSource: { name: null, kind: "author", country: null } };
}

/** A war-aid package lends its materiel to the added recipients; its money goes with the first. */
function materiel(items: DraftItem[]): DraftItem[] {
  const arms = items.filter((i) => !i.category.startsWith("economic"));
  return arms.length ? arms : items;
}
