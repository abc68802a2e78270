// The item part of the lexicons: weapon and materiel terms (weapons.yaml), the words for
// quantities (quantities.yaml) and for times (times.yaml). Compiled once at load.
import type { PhraseMatcher } from "../nlp/phrase-matcher.js";
import { type CalibreLexicon, compileCalibre } from "./calibre.js";
import { partFile } from "./parse-part.js";
import { compileQuantityWords, QUANTITIES_FILE, type QuantityWords } from "./quantity-words.js";
import { compileTimeWords, TIMES_FILE, type TimeWords } from "./time-words.js";
import {
  compileSystemHeads,
  compileTerms,
  type ItemTerm,
  parseWeapons,
  variantRules,
  WEAPONS_FILE,
} from "./weapon-terms.js";

export type { ItemTerm } from "./weapon-terms.js";

export interface ItemLexicon {
  /** Weapon phrases; a `null` value is a phrase that only looks like one ("think tank"). */
  terms: PhraseMatcher<ItemTerm | null>;
  categories: ReadonlySet<string>;
  /** Words a named system takes along: "Patriot systems", "HIMARS launchers". */
  systemHeads: PhraseMatcher<true>;
  calibre: CalibreLexicon;
  quantities: QuantityWords;
  times: TimeWords;
  /** Phrases compiled, generated variants included. */
  phraseCount: number;
}

export const ITEM_FILES: string[] = [WEAPONS_FILE, QUANTITIES_FILE, TIMES_FILE];

export function compileItems(raw: Record<string, unknown>): ItemLexicon {
  const weapons = parseWeapons(partFile(raw, WEAPONS_FILE));
  const rules = variantRules(weapons);
  const terms = compileTerms(weapons, rules);
  return {
    terms: terms.matcher,
    categories: new Set(weapons.categories),
    systemHeads: compileSystemHeads(weapons, rules),
    calibre: compileCalibre(weapons.calibre, rules),
    quantities: compileQuantityWords(partFile(raw, QUANTITIES_FILE)),
    times: compileTimeWords(partFile(raw, TIMES_FILE)),
    phraseCount: terms.phraseCount,
  };
}

/**
 * The domain of a category: "missile.srbm" → "missile". The claims stage uses it to upgrade a
 * bare "technology" to the domain named beside it ("technology for its missile programme").
 */
export function domainOf(category: string): string {
  const dot = category.indexOf(".");
  return dot < 0 ? category : category.slice(0, dot);
}
