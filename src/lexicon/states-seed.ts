// Turns the world-countries records (read by load-world-countries.ts, never copied into the repo:
// the data is ODbL) into alias candidates: names, alternative spellings, demonyms, capitals.
import { z } from "zod";
import type { StateForm } from "./states.js";

export const SeedCountries = z.array(
  z.object({
    cca2: z.string(),
    unMember: z.boolean(),
    name: z.object({ common: z.string(), official: z.string() }),
    altSpellings: z.array(z.string()),
    demonyms: z.object({ eng: z.object({ m: z.string(), f: z.string() }).optional() }).optional(),
    capital: z.array(z.string()).optional(),
  }),
);
export type SeedCountry = z.infer<typeof SeedCountries>[number];

export interface AliasCandidate {
  code: string;
  alias: string;
  form: StateForm;
}

// Alternative spellings worth matching in English running text: Latin script, not inverted
// ("Korea, Republic of"), not parenthesised, not the bare two-letter code ("IN", "NO", "IT").
const LATIN_ALIAS = /^[\p{Script=Latin}\p{N} .'’-]+$/u;
const TWO_LETTER_CODE = /^[A-Z]{2}$/;
/** All capitals ("DPRK", "USA") or dotted ("U.S.") aliases are abbreviations, matched case-sensitively. */
export const ABBREVIATION_SHAPE = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,})$/;
// Demonyms whose plural is the same word: "the Chinese", "the British", "the Swiss".
const INVARIANT_DEMONYM = /(?:ese|ish|ch|s)$/;

export function seedCandidates(c: SeedCountry): AliasCandidate[] {
  const code = c.cca2;
  const names = [c.name.common, c.name.official, ...c.altSpellings]
    .filter((a) => a.length > 2 && LATIN_ALIAS.test(a) && !TWO_LETTER_CODE.test(a))
    .map((alias): AliasCandidate => ({ code, alias, form: aliasForm(alias) }));
  const eng = c.demonyms?.eng;
  const demonyms = eng ? [...new Set([eng.m, eng.f])].flatMap(withPlural) : [];
  return [
    ...names,
    ...demonyms.map((alias): AliasCandidate => ({ code, alias, form: "demonym" })),
    ...(c.capital ?? []).map((alias): AliasCandidate => ({ code, alias, form: "capital" })),
  ];
}

export function aliasForm(alias: string): StateForm {
  return ABBREVIATION_SHAPE.test(alias) ? "abbreviation" : "name";
}

/** "Ukrainian" → ["Ukrainian", "Ukrainians"]; "Chinese" stays alone. */
export function withPlural(demonym: string): string[] {
  return INVARIANT_DEMONYM.test(demonym) ? [demonym] : [demonym, `${demonym}s`];
}
