// "U.S.-supplied missiles", "US-supplied Himars", "U.K.-provided tanks": a state joined by a
// hyphen to a give verb in its participle is the supplier of the items after it. The recipient is
// left to the article ("struck the city of X with U.S.-supplied missiles" does not say who fired them).
import { clauseEnd, clauseStart } from "../clause.js";
import { supplyCompoundAt } from "../compound-state.js";
import type { ExtractContext } from "../context.js";
import { type ActorRef, type Draft, newDraft } from "../draft.js";
import { itemsBetween } from "../items.js";
import type { SentenceView } from "../sentence-view.js";

// "U.S.-supplied ATACMS army tactical missiles": the items follow the compound closely.
export const COMPOUND_ITEM_REACH = 4;

/** The state of "STATE-supplied" when "STATE", "-" and the verb at `at` are three tokens ("U.S.-supplied"). */
export function hyphenSupplier(view: SentenceView, at: number): ActorRef[] {
  const hyphen = view.tokens[at - 1];
  const before = view.tokens[at - 2];
  if (!hyphen || !before || hyphen.text !== "-" || hyphen.start !== before.end) return [];
  if (view.tokens[at]!.start !== hyphen.end) return [];
  const m = view.mentionAt[at - 2];
  if (m?.kind !== "state") return [];
  const t = before;
  const asSource = { name: m.name, kind: "government" as const, country: m.code };
  return [{ code: m.code, from: at - 2, to: at - 1, span: { start: t.start, end: t.end }, asSource }];
}

/** Transfers told by one-token compounds ("US-supplied Himars and UK-supplied Storm Shadows"). */
export function compoundSupplyDrafts(view: SentenceView, ctx: ExtractContext): Draft[] {
  const drafts: Draft[] = [];
  for (let k = 0; k < view.tokens.length; k++) {
    const supplier = supplyCompoundAt(view, k);
    if (!supplier) continue;
    const hi = Math.min(clauseEnd(view, k), k + 1 + COMPOUND_ITEM_REACH);
    const items = itemsBetween(view, k + 1, hi);
    if (!items.length) continue;
    const draft = newDraft("transfer-give", "transfer", view, { from: k, to: k + 1 }, "ed");
    Object.assign(draft, { suppliers: [supplier], items, scopeFrom: clauseStart(view, ctx, k) });
    drafts.push(draft);
  }
  return drafts;
}
