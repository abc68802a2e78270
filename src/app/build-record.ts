// One document through the pipeline, packed as the store wants it. Runs in a worker thread.
import { minhashSignature } from "../aggregate/minhash.js";
import type { SourceDocument } from "../core/model.js";
import { runPipeline } from "../core/pipeline.js";
import type { Lexicons } from "../lexicon/types.js";
import type { DocumentRecord } from "../store/types.js";

export function buildRecord(doc: SourceDocument, lex: Lexicons): DocumentRecord {
  const { annotated, extraction } = runPipeline(doc, lex);
  return {
    doc,
    extraction,
    sentences: annotated.sentences.map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph })),
    signature: minhashSignature(doc.text),
  };
}
