// Reads the world-countries records from node_modules at load time. Their data is ODbL
// (share-alike), so it is read where installed and never copied into this repository.
import { createRequire } from "node:module";
import { WORLD_COUNTRIES } from "./states.js";
import { LexiconError } from "./types.js";

/** The seed for compileStates, keyed like a lexicon file. */
export function readWorldCountries(): Record<string, unknown> {
  try {
    return { [WORLD_COUNTRIES]: createRequire(import.meta.url)(WORLD_COUNTRIES) as unknown };
  } catch (err) {
    throw new LexiconError(WORLD_COUNTRIES, `cannot read the world-countries package (${String(err)})`);
  }
}
