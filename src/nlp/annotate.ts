// The entity layer: sentences, then recognisers in a fixed order, then overlap resolution.
import type { AnnotatedDocument, Mention, Sentence, SourceDocument } from "../core/model.js";
import type { Lexicons } from "../lexicon/types.js";
import { recogniseItems } from "./recognise-items.js";
import { recogniseOrganisations } from "./recognise-organisations.js";
import { recognisePeople } from "./recognise-people.js";
import { recogniseQuantities } from "./recognise-quantities.js";
import { recogniseStates } from "./recognise-states.js";
import { recogniseTimes } from "./recognise-times.js";
import { splitSentences } from "./sentences.js";
import type { Token } from "./tokenize.js";
import { tokenize } from "./tokenize.js";

export interface NlpContext {
  doc: SourceDocument;
  sentences: Sentence[];
  /** Word tokens of the whole body text. */
  tokens: Token[];
  lex: Lexicons;
  /** Mentions found by the recognisers that ran before this one. */
  found: readonly Mention[];
}

export type Recogniser = (ctx: NlpContext) => Mention[];

// Run order matters: organisations before states so that "Korean People's Army" is one
// organisation, not a demonym; people after both because they read nationality and employer
// from the mentions before them; quantities and times last.
const RECOGNISERS: Recogniser[] = [
  recogniseOrganisations,
  recogniseStates,
  recognisePeople,
  recogniseItems,
  recogniseQuantities,
  recogniseTimes,
];

export function annotate(doc: SourceDocument, lex: Lexicons): AnnotatedDocument {
  const sentences = splitSentences(doc.text, lex.abbreviations);
  const tokens = tokenize(doc.text);
  const found: Mention[] = [];
  for (const recognise of RECOGNISERS) {
    // One push per mention: spreading a recogniser's list overflows the call stack past ~100,000
    // mentions (a 2 MB text naming a state in every clause).
    for (const m of recognise({ doc, sentences, tokens, lex, found })) found.push(m);
  }
  return { doc, sentences, mentions: resolveOverlaps(found), diagnostics: [], tokens };
}

/**
 * Keeps the longest of overlapping mentions; on equal length, the one recognised first (the run
 * order above). A recogniser that wants to avoid taken ground can read ctx.found itself.
 * Linear in the text covered: taken characters are marked in a bitmap.
 */
export function resolveOverlaps(mentions: readonly Mention[]): Mention[] {
  const ranked = mentions
    .map((m, order) => ({ m, order }))
    .sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.order - b.order);
  const taken = new Uint8Array(mentions.reduce((max, m) => Math.max(max, m.end), 0));
  const kept: Mention[] = [];
  for (const { m } of ranked) {
    if (anyTaken(taken, m.start, m.end)) continue;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** A plain loop: a subarray view per mention costs more than the few characters it checks. */
function anyTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let c = start; c < end; c++) if (taken[c] === 1) return true;
  return false;
}
