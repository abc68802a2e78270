// "The package includes 60 boats, more than 1,600 missiles and …": a sentence that lists what an
// earlier package holds adds a claim with the same supplier, recipient and status, said by the
// same source unless the sentence has its own. A list set out in lines after a colon ("The new
// aid will include:" then "More artillery." / "Anti-aircraft systems.") gives one claim per line.
import type { ExtractContext, Rule } from "../context.js";
import { type Draft, type DraftItem, newDraft } from "../draft.js";
import { itemsBetween } from "../items.js";
import { cueAt, keyAt, type SentenceView } from "../sentence-view.js";
import { draftsOf, latestSince } from "./package-base.js";

// How many sentences back the package may have been announced; a set-out list ("The new aid
// will include:") comes after the speeches that announced it, so it may look further back.
const REACH = 6;
const LIST_REACH = 12;
// How many list lines may follow the colon, and how long one may be.
const LIST_LINES = 8;
const LINE_TOKENS = 30;

export const packageContents: Rule = (view, ctx, earlier) => {
  // A request in the same sentence leaves it open ("The package includes shells, one of X's top requests").
  if (draftsOf(earlier, view).some((d) => d.type !== "request")) return [];
  const hit = view.hits.find((h) => cueAt(view, h.from, "contents"));
  if (hit) return contentsOf(view, hit, itemsBetween(view, hit.to, view.tokens.length), earlier, view, REACH);
  const opener = listOpener(view, ctx);
  if (!opener) return [];
  const items = itemsBetween(view, 0, view.tokens.length);
  return contentsOf(view, { from: 0, to: 1 }, items, earlier, opener, LIST_REACH);
};

function contentsOf(
  view: SentenceView,
  hit: { from: number; to: number },
  items: DraftItem[],
  earlier: readonly Draft[],
  announcedBefore: SentenceView,
  reach: number,
): Draft[] {
  if (!items.length) return [];
  const at = announcedBefore.sentence.index;
  const base = latestSince(
    earlier,
    at - reach,
    (d) =>
      d.type === "transfer" &&
      d.recipients.length > 0 &&
      // A set-out list lies far from its package: only a package with a known supplier counts.
      (reach === REACH || d.suppliers.some((a) => a.code)) &&
      d.view.sentence.index <= at,
  );
  if (!base) return [];
  const draft = newDraft("package-contents", "transfer", view, { from: hit.from, to: hit.to }, "noun");
  draft.items = items;
  draft.suppliers = base.suppliers;
  draft.recipients = base.recipients;
  draft.status = base.status;
  draft.inheritFrom = base;
  draft.scopeFrom = hit.from;
  return [draft];
}

/** The "… will include:" sentence a list line belongs to: lines are short paragraphs of their own. */
function listOpener(view: SentenceView, ctx: ExtractContext): SentenceView | null {
  let line = view;
  for (let s = view.sentence.index - 1; s >= 0 && s >= view.sentence.index - LIST_LINES; s--) {
    const prev = ctx.views[s]!;
    if (prev.sentence.paragraph === line.sentence.paragraph || line.tokens.length > LINE_TOKENS) return null;
    const last = prev.tokens.length - 1;
    if (keyAt(prev, last) === ":")
      return prev.hits.some((h) => cueAt(prev, h.from, "contents")) ? prev : null;
    line = prev;
  }
  return null;
}
