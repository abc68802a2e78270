// STUB — owned by the claims work: turns an annotated document into contract claims.
import type { AnnotatedDocument, Claim } from "../core/model.js";
import type { Lexicons } from "../lexicon/types.js";

export const EXTRACTOR_VERSION = "0.0.0";

export function extractClaims(_ann: AnnotatedDocument, _lex: Lexicons): Claim[] {
  return [];
}
