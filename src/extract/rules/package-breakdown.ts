// A package broken down by value: "The bill includes $5bn for Moldova; $2bn to rebuild Georgia's
// army; and $1bn for the Sahel region." Each value is `arms` (an aid package known only by its
// value) from the supplier of the package told before, for the state named right after "for",
// the owner in "to rebuild Georgia's army", or no one ("for the Sahel region").
import type { Mention, QuantityMention } from "../../core/model.js";
import { actorGroups } from "../actors.js";
import type { ExtractContext, Rule } from "../context.js";
import { type ActorRef, type Draft, newDraft } from "../draft.js";
import { cueAt, keyAt, type MentionRange, type SentenceView } from "../sentence-view.js";
import { latestSince } from "./package-base.js";

// How many sentences back the package may have been told.
const REACH = 6;
const CURRENCIES = new Set(["USD", "EUR", "GBP"]);
// A breakdown names a handful of parts; a sentence with more values is a table, not a package.
const MAX_VALUES = 12;

export const packageBreakdown: Rule = (view, ctx, earlier) => {
  const hit = view.hits.find((h) => cueAt(view, h.from, "contents"));
  if (!hit) return [];
  const values = view.ranges.filter((r) => r.from >= hit.to && isValue(r.m)).slice(0, MAX_VALUES);
  if (values.length < 2) return [];
  const base = latestSince(
    earlier,
    view.sentence.index - REACH,
    (d) => d.type === "transfer" && d.suppliers.some((s) => s.code),
  );
  if (!base) return [];
  return values.flatMap((value, k) => {
    const end = segmentEnd(view, value.to, values[k + 1]?.from ?? view.tokens.length);
    const recipients = recipientOf(view, ctx, value.to, end);
    return recipients ? [valueDraft(view, base, value, recipients)] : [];
  });
};

function segmentEnd(view: SentenceView, from: number, next: number): number {
  for (let k = from; k < next; k++) if (keyAt(view, k) === ";") return k;
  return next;
}

/** The recipient of one value: null when the segment names none the rule trusts. */
function recipientOf(view: SentenceView, ctx: ExtractContext, from: number, end: number): ActorRef[] | null {
  const groups = actorGroups(view, ctx).filter((g) => g.from >= from && g.to <= end);
  if (keyAt(view, from) === "for") {
    const named = groups.find((g) => g.from <= from + 2);
    if (named) return named.members;
    // "for the Sahel region": a recipient the text leaves unnamed.
    const t = view.tokens[from]!;
    const span = { start: t.start, end: t.end };
    return [
      { code: null, from, to: from + 1, span, asSource: { name: null, kind: "author", country: null } },
    ];
  }
  // "$2bn to rebuild Georgia's army": the owner of what the money is for.
  const owner = groups.find((g) => keyAt(view, g.to) === "'s");
  return owner ? owner.members : null;
}

function isValue(m: Mention): m is QuantityMention & { value: number } {
  return m.kind === "quantity" && m.value !== null && CURRENCIES.has(m.unit);
}

function valueDraft(view: SentenceView, base: Draft, value: MentionRange, recipients: ActorRef[]): Draft {
  const m = value.m as QuantityMention & { value: number };
  const draft = newDraft("package-breakdown", "transfer", view, { from: value.from, to: value.to }, "noun");
  const quantity = { value: m.value, unit: m.unit, qualifier: m.qualifier };
  draft.items = [
    { category: "arms", text: m.text, span: { start: m.start, end: m.end }, quantity, from: value.from },
  ];
  draft.suppliers = base.suppliers;
  draft.recipients = recipients;
  draft.inheritFrom = base;
  draft.scopeFrom = value.from;
  return draft;
}
