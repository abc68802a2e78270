// Calibres before an ammunition word ("152mm shells", "155-mm rounds", "122 mm rockets"):
// the calibre picks the category of a head word that alone would be too vague ("rounds").
import { PhraseMatcher } from "../nlp/phrase-matcher.js";
import { pluralOf, type VariantRules } from "./term-variants.js";
import type { WeaponsData } from "./weapon-terms.js";

export interface CalibreLexicon {
  /** Lower-case unit words ("mm", "millimetre"), also as plurals. */
  units: ReadonlySet<string>;
  /** Calibres below this many millimetres are small-arms ammunition ("7.62mm rounds"). */
  smallArmsBelow: number;
  /** Head word after a calibre → category ("shells" → ammunition.artillery). */
  heads: PhraseMatcher<string>;
}

export function compileCalibre(data: WeaponsData["calibre"], rules: VariantRules): CalibreLexicon {
  const units = new Set<string>();
  for (const u of data.units) {
    units.add(u.toLowerCase());
    units.add(`${u.toLowerCase()}s`);
  }
  const heads = Object.entries(data.heads).flatMap(([category, phrases]) =>
    phrases.flatMap((phrase) => {
      const plural = pluralOf(phrase, rules);
      return (plural ? [phrase, plural] : [phrase]).map((p) => ({ phrase: p, value: category }));
    }),
  );
  return { units, smallArmsBelow: data.small_arms_below, heads: new PhraseMatcher(heads) };
}
