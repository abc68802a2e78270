// State aliases: candidates from the world-countries records (read by load-world-countries.ts,
// never copied into the repo: the data is ODbL) — names, alternative spellings, demonyms,
// capitals — and the matcher entries built from all candidates, one owner per alias.
import { z } from "zod";
import { capitalsOf } from "../nlp/lexicon-case.js";
import { tokenize } from "../nlp/tokenize.js";
import type { StateForm, StateHit } from "./states.js";
import { LexiconError } from "./types.js";

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

/** One entry per alias; an alias two states claim is a load error naming both. */
export function toEntries(candidates: readonly AliasCandidate[], file: string) {
  const owner = new Map<string, AliasCandidate>();
  const entries = [];
  for (const c of candidates) {
    const toks = tokenize(c.alias);
    const key = toks.map((t) => t.key).join(" ");
    const prior = owner.get(key);
    if (prior && prior.code !== c.code) {
      throw new LexiconError(
        file,
        `alias "${c.alias}" is claimed by both ${prior.code} and ${c.code} (drop it from one)`,
      );
    }
    if (prior) continue;
    owner.set(key, c);
    const capitalised = capitalsOf(toks);
    const value: StateHit = { code: c.code, form: c.form, alias: c.alias, capitalised };
    entries.push({ phrase: c.alias, value, caseSensitive: ABBREVIATION_SHAPE.test(c.alias) });
  }
  return entries;
}

/** A blocked phrase needs only its first capital: "the Korean peninsula" is blocked too. */
export function blockedEntry(phrase: string) {
  const capitalised = capitalsOf(tokenize(phrase)).map((cap, k) => cap && k === 0);
  const value: StateHit = { code: null, form: "name", alias: phrase, capitalised };
  return { phrase, value };
}
