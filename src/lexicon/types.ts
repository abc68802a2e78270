// The compiled lexicons every pure stage receives. Each part is compiled from a data file in
// ../../lexicons by its own module (src/lexicon/<part>.ts) and loaded once by load.ts.
import type { AbbreviationLexicon } from "./abbreviations.js";
import type { ClaimLexicon } from "./claim-cues.js";
import type { ItemLexicon } from "./items.js";
import type { OrgLexicon } from "./organisations.js";
import type { PersonLexicon } from "./people.js";
import type { StateLexicon } from "./states.js";

export interface Lexicons {
  states: StateLexicon;
  organisations: OrgLexicon;
  people: PersonLexicon;
  items: ItemLexicon;
  claims: ClaimLexicon;
  /** For the sentence splitter. */
  abbreviations: AbbreviationLexicon;
}

/** Thrown at load time for broken lexicon data: names the file and, when known, the line. */
export class LexiconError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${message}`);
    this.name = "LexiconError";
  }
}
