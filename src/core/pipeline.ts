// One article in, one contract extraction out. Pure: lexicons are passed in, nothing is read.
import { EXTRACTOR_VERSION, extractClaims } from "../extract/index.js";
import type { Lexicons } from "../lexicon/types.js";
import { annotate } from "../nlp/annotate.js";
import { toEntityRecords } from "./entities.js";
import type {
  AnnotatedDocument,
  Claim,
  ClaimExplanation,
  Extraction,
  SourceDocument,
  Span,
} from "./model.js";
import { toInputOffset } from "./offsets.js";

export interface PipelineResult {
  annotated: AnnotatedDocument;
  /** The claims with spans in the body text (`annotated.doc.text`), index for index with the extraction's. */
  claims: Claim[];
  extraction: Extraction;
}

export function runPipeline(doc: SourceDocument, lex: Lexicons): PipelineResult {
  const annotated = annotate(doc, lex);
  const claims = extractClaims(annotated, lex);
  return { annotated, claims, extraction: toExtraction(annotated, claims) };
}

export function extract(doc: SourceDocument, lex: Lexicons): Extraction {
  return runPipeline(doc, lex).extraction;
}

/** The contract shape, with every span moved from body offsets to offsets in the input as given. */
function toExtraction(ann: AnnotatedDocument, claims: Claim[]): Extraction {
  const { meta, offsets } = ann.doc;
  const at = (o: number) => toInputOffset(offsets, o);
  return {
    schema: "armstrace.extraction/1",
    extractor: EXTRACTOR_VERSION,
    document: {
      id: meta.id,
      title: meta.title,
      outlet: meta.outlet,
      url: meta.url,
      published: meta.published,
      language: meta.language,
      wire: meta.wire,
    },
    entities: toEntityRecords(ann.mentions).map((e) => ({
      ...e,
      mentions: e.mentions.map((m) => ({ ...m, start: at(m.start), end: at(m.end) })),
    })),
    claims: claims.map((c) => ({
      ...c,
      evidence: { ...c.evidence, start: at(c.evidence.start), end: at(c.evidence.end) },
      explain: mapExplanation(c.explain, at),
    })),
    diagnostics: ann.diagnostics,
  };
}

/** Explanation spans move with the evidence, so a reader can place trigger and roles inside it. */
function mapExplanation(e: ClaimExplanation, at: (offset: number) => number): ClaimExplanation {
  const span = (s: Span): Span => ({ start: at(s.start), end: at(s.end) });
  return {
    ...e,
    trigger: e.trigger && span(e.trigger),
    cue: e.cue && span(e.cue),
    roles: e.roles.map((r) => ({ ...r, span: span(r.span) })),
  };
}
