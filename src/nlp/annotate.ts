// The entity layer: sentences, then recognisers in a fixed order, then overlap resolution.
// STUB of the recogniser list — the entity work fills RECOGNISERS.
import type { AnnotatedDocument, Mention, Sentence, SourceDocument } from "../core/model.js";
import type { Lexicons } from "../lexicon/types.js";
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

/** Run order matters: later recognisers see earlier mentions (people read states for their nationality). */
const RECOGNISERS: Recogniser[] = [];

function splitSentencesStub(text: string): Sentence[] {
  return text.trim() ? [{ index: 0, paragraph: 0, start: 0, end: text.length }] : [];
}

export function annotate(doc: SourceDocument, lex: Lexicons): AnnotatedDocument {
  const sentences = splitSentencesStub(doc.text);
  const tokens = tokenize(doc.text);
  const found: Mention[] = [];
  for (const recognise of RECOGNISERS) {
    found.push(...recognise({ doc, sentences, tokens, lex, found }));
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return { doc, sentences, mentions: found, diagnostics: [] };
}
