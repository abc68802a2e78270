// What every rule and refiner can read: the sentence views of one document, the lexicons, and
// the drafts made so far (rules that read earlier claims, such as denials, look back in them).
import type { AnnotatedDocument } from "../core/model.js";
import type { Lexicons } from "../lexicon/types.js";
import type { Attribution } from "./attribution.js";
import type { Draft } from "./draft.js";
import type { SentenceView } from "./sentence-view.js";

export interface ExtractContext {
  ann: AnnotatedDocument;
  lex: Lexicons;
  views: SentenceView[];
  /** Attributions per sentence index (reporting frames found in it, outermost first). */
  attributions: Attribution[][];
  /** States named before each sentence, most recent first, distinct (for anaphors). */
  recentStates: string[][];
}

/** A rule reads one sentence (and, when it must, drafts of earlier sentences). */
export type Rule = (view: SentenceView, ctx: ExtractContext, earlier: readonly Draft[]) => Draft[];

/** A refiner rewrites the whole list of drafts. */
export type Refiner = (drafts: Draft[], ctx: ExtractContext) => Draft[];
