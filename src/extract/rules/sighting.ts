// Foreign-made goods seen somewhere name their maker as supplier, and no user: "Iranian-made
// munitions and drones have appeared in Ukraine", "debris of North Korean missiles was found in
// Kharkiv" → supplier Iran / North Korea, recipient unnamed (not inferred from the article).
// People are not goods: "Russian troops were found near Kharkiv" is no transfer.
import type { ExtractContext } from "../context.js";
import { type ActorRef, type Draft, newDraft } from "../draft.js";
import { itemsBetween } from "../items.js";
import { hitWith, keyAt, type SentenceView } from "../sentence-view.js";
import { originActors } from "./verb-frames.js";

const PLACE_PREPOSITIONS = new Set(["in", "on", "at", "near"]);
const AUXILIARIES = new Set(["have", "has", "had", "been"]);

export function sightingDrafts(view: SentenceView, ctx: ExtractContext): Draft[] {
  const drafts: Draft[] = [];
  for (let k = 1; k < view.tokens.length - 1; k++) {
    if (!view.words.sighting_verbs.has(keyAt(view, k)) || !PLACE_PREPOSITIONS.has(keyAt(view, k + 1)))
      continue;
    let end = k;
    while (end > 0 && (AUXILIARIES.has(keyAt(view, end - 1)) || hitWith(view, end - 1, "be"))) end--;
    // "Russian troops were found near Kharkiv": a state's own people seen are no goods it made.
    const items = itemsBetween(view, subjectStart(view, end), end).filter(
      (i) => !i.category.startsWith("personnel"),
    );
    const suppliers = originActors(view, ctx, items);
    if (!items.length || !suppliers.length) continue;
    const draft = newDraft("sighting", "transfer", view, { from: k, to: k + 1 }, "ed");
    Object.assign(draft, { items, suppliers, recipients: [unnamedAt(view, k)], status: "delivered" });
    draft.scopeFrom = subjectStart(view, end);
    drafts.push(draft);
  }
  return drafts;
}

/** The first token of the noun phrase ending at `end`: items, their makers, articles and list glue. */
function subjectStart(view: SentenceView, end: number): number {
  let k = end;
  while (k > 0) {
    const m = view.mentionAt[k - 1];
    const key = keyAt(view, k - 1);
    // "Iranian-made": a compound word is part of the phrase.
    const compound = /[-‐‑–]/.test(view.tokens[k - 1]!.text);
    const partOfPhrase = compound || m?.kind === "item" || m?.kind === "state" || m?.kind === "quantity";
    if (!partOfPhrase && !view.words.list_glue.has(key) && !view.words.determiners.has(key)) break;
    k--;
  }
  return k;
}

/** A recipient known to be unnamed: it keeps infer-missing-end from guessing one. */
function unnamedAt(view: SentenceView, k: number): ActorRef {
  const t = view.tokens[k]!;
  return {
    code: null,
    from: -1,
    to: -1,
    span: { start: t.start, end: t.start },
    asSource: { name: null, kind: "author", country: null },
  };
}
