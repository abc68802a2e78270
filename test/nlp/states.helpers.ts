// Builds a SourceDocument from a made-up text and runs the entity layer on it.
import type { AnnotatedDocument, Mention, MentionKind, SourceDocument } from "../../src/core/model.js";
import { loadLexicons } from "../../src/lexicon/load.js";
import { annotate } from "../../src/nlp/annotate.js";

export const lex = loadLexicons();

export function docOf(text: string): SourceDocument {
  const meta = {
    ...{ id: "test", title: null, outlet: null, url: null, published: "2024-03-01" },
    ...{ language: "en", wire: null, origin: null },
  };
  return { meta, text, offsets: [{ text: 0, input: 0 }] };
}

export function annotated(text: string): AnnotatedDocument {
  return annotate(docOf(text), lex);
}

export function mentionsOf<K extends MentionKind>(
  text: string,
  kind: K,
): Array<Extract<Mention, { kind: K }>> {
  return annotated(text).mentions.filter((m): m is Extract<Mention, { kind: K }> => m.kind === kind);
}
