// The one place lexicon files are read from disk. Each part module names its files and compiles
// the parsed data; a broken file stops start-up with the file (and line) named.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";
import { ABBREVIATION_FILES, compileAbbreviations } from "./abbreviations.js";
import { CLAIM_FILES, compileClaimCues } from "./claim-cues.js";
import { compileItems, ITEM_FILES } from "./items.js";
import { readWorldCountries } from "./load-world-countries.js";
import { compileOrganisations, ORG_FILES } from "./organisations.js";
import { compilePeople, PEOPLE_FILES } from "./people.js";
import { compileStates, STATE_FILES } from "./states.js";
import { LexiconError, type Lexicons } from "./types.js";

/** lexicons/ at the package root, whether running from src/ (tests) or dist/. */
export const LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "lexicons");

/** Reads and parses named YAML/JSON files; returns them keyed by file name. */
export function readLexiconFiles(files: readonly string[], dir = LEXICON_DIR): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of files) {
    const path = join(dir, name);
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (err) {
      throw new LexiconError(
        path,
        `cannot read lexicon file (${(err as NodeJS.ErrnoException).code ?? err})`,
      );
    }
    const doc = parseDocument(text, { prettyErrors: false });
    const first = doc.errors[0];
    if (first) {
      const line = first.linePos?.[0]?.line;
      throw new LexiconError(path, first.message.split("\n")[0] ?? "invalid YAML", line);
    }
    out[name] = doc.toJS();
  }
  return out;
}

let cached: Lexicons | undefined;

/** Loads and validates every lexicon once per process. */
export function loadLexicons(dir = LEXICON_DIR): Lexicons {
  if (cached && dir === LEXICON_DIR) return cached;
  const lex: Lexicons = {
    states: compileStates({ ...readLexiconFiles(STATE_FILES, dir), ...readWorldCountries() }),
    organisations: compileOrganisations(readLexiconFiles(ORG_FILES, dir)),
    people: compilePeople(readLexiconFiles(PEOPLE_FILES, dir)),
    items: compileItems(readLexiconFiles(ITEM_FILES, dir)),
    claims: compileClaimCues(readLexiconFiles(CLAIM_FILES, dir)),
    abbreviations: compileAbbreviations(readLexiconFiles(ABBREVIATION_FILES, dir)),
  };
  if (dir === LEXICON_DIR) cached = lex;
  return lex;
}
