// STUB — owned by the claims work: compiles lexicons/claims/*.yaml (reporting verbs, hedges,
// transfer verbs, denial words, source nouns).
export interface ClaimLexicon {
  placeholder: true;
}
export const CLAIM_FILES: string[] = [];
export function compileClaimCues(_raw: Record<string, unknown>): ClaimLexicon {
  return { placeholder: true };
}
