// Compiles lexicons/abbreviations.yaml: which periods end no sentence ("Gen.", "Jan.") and which
// may ("Inc.", "U.S."), for the sentence splitter.
import { z } from "zod";
import { parsePart, partFile } from "./parse-part.js";

export const ABBREVIATION_FILE = "abbreviations.yaml";
export const ABBREVIATION_FILES: string[] = [ABBREVIATION_FILE];

export interface AbbreviationLexicon {
  /** Written without the final period, case-sensitive: "Gen", "e.g", "No". */
  neverFinal: ReadonlySet<string>;
  mayEnd: ReadonlySet<string>;
  sentenceStarters: ReadonlySet<string>;
}

const Abbreviations = z.strictObject({
  never_final: z.array(z.string()),
  may_end: z.array(z.string()),
  sentence_starters: z.array(z.string()),
});

export function compileAbbreviations(raw: Record<string, unknown>): AbbreviationLexicon {
  const data = parsePart(Abbreviations, partFile(raw, ABBREVIATION_FILE), ABBREVIATION_FILE);
  return {
    neverFinal: new Set(data.never_final),
    mayEnd: new Set(data.may_end),
    sentenceStarters: new Set(data.sentence_starters),
  };
}
