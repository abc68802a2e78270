// Compiles lexicons/weapons.yaml: the item categories, the terms that name them, and the
// phrases that only look like terms. Broken data stops loading with the file and the term named.
import { z } from "zod";
import { type PhraseEntry, PhraseMatcher } from "../nlp/phrase-matcher.js";
import { tokenize } from "../nlp/tokenize.js";
import { parsePart } from "./parse-part.js";
import { phraseVariants, type VariantRules } from "./term-variants.js";
import { LexiconError } from "./types.js";

export const WEAPONS_FILE = "weapons.yaml";

/** What a weapon phrase stands for. `named` systems ("Patriot", "KN-23") absorb a following head. */
export interface ItemTerm {
  id: string;
  category: string;
  named: boolean;
}

const Term = z.object({
  id: z.string().min(1),
  category: z.string().min(1),
  phrases: z.array(z.string().min(1)).min(1),
  case_sensitive: z.boolean().optional(),
});
type RawTerm = z.infer<typeof Term>;

const WeaponsFile = z.object({
  categories: z.array(z.string().regex(/^[a-z_]+(\.[a-z_]+)?$/)).min(1),
  spelling_variants: z.record(z.string(), z.string()),
  uncountable: z.array(z.string()),
  irregular_plurals: z.record(z.string(), z.string()),
  system_heads: z.array(z.string()),
  calibre: z.object({
    units: z.array(z.string()),
    small_arms_below: z.number(),
    heads: z.record(z.string(), z.array(z.string())),
  }),
  generic: z.array(Term),
  systems: z.array(Term),
  not_items: z.array(z.string()),
});
export type WeaponsData = z.infer<typeof WeaponsFile>;

export function parseWeapons(raw: unknown): WeaponsData {
  const data = parsePart(WeaponsFile, raw, WEAPONS_FILE);
  const categories = new Set(data.categories);
  for (const c of data.categories) {
    const coarse = c.split(".")[0]!;
    if (!categories.has(coarse)) fail(`category "${c}" has no coarse category "${coarse}"`);
  }
  return data;
}

export function variantRules(data: WeaponsData): VariantRules {
  const spelling = new Map<string, string>();
  for (const [a, b] of Object.entries(data.spelling_variants)) spelling.set(a, b).set(b, a);
  return {
    spelling,
    uncountable: new Set(data.uncountable.map((w) => w.toLowerCase())),
    irregularPlurals: new Map(Object.entries(data.irregular_plurals)),
  };
}

export interface CompiledTerms {
  /** `null` values are the not-items that block a shorter term inside them. */
  matcher: PhraseMatcher<ItemTerm | null>;
  phraseCount: number;
}

export function compileTerms(data: WeaponsData, rules: VariantRules): CompiledTerms {
  const categories = new Set(data.categories);
  const claims = new PhraseClaims();
  const explicit: Array<[RawTerm, ItemTerm]> = [];
  const ids = new Set<string>();
  for (const [list, named] of [
    [data.generic, false],
    [data.systems, true],
  ] as const) {
    for (const raw of list) {
      if (ids.has(raw.id)) fail(`term id "${raw.id}" is used twice`);
      ids.add(raw.id);
      if (!categories.has(raw.category)) fail(`term "${raw.id}": unknown category "${raw.category}"`);
      const term = { id: raw.id, category: raw.category, named };
      for (const p of raw.phrases) claims.claim(p, term, raw.case_sensitive ?? false, true);
      explicit.push([raw, term]);
    }
  }
  for (const p of data.not_items) claims.claim(p, null, false, true);
  for (const [raw, term] of explicit) {
    for (const p of raw.phrases) {
      for (const v of phraseVariants(p, rules)) claims.claim(v, term, raw.case_sensitive ?? false, false);
    }
  }
  // "think tanks" as well as "think tank".
  for (const p of data.not_items)
    for (const v of phraseVariants(p, rules)) claims.claim(v, null, false, false);
  const phraseCount = claims.entries.filter((e) => e.value !== null).length;
  return { matcher: new PhraseMatcher(claims.entries), phraseCount };
}

/** "Patriot systems", "HIMARS launchers": words a named system takes into its mention. */
export function compileSystemHeads(data: WeaponsData, rules: VariantRules): PhraseMatcher<true> {
  return new PhraseMatcher(
    data.system_heads
      .flatMap((h) => [h, ...phraseVariants(h, rules)])
      .map((phrase) => ({ phrase, value: true as const })),
  );
}

/**
 * Who owns each phrase. A case-insensitive phrase also owns every capitalisation, so it clashes
 * with a case-sensitive one of the same words. Generated variants give way silently.
 */
class PhraseClaims {
  readonly entries: Array<PhraseEntry<ItemTerm | null>> = [];
  private readonly byKeys = new Map<string, string>();
  private readonly bySurface = new Map<string, string>();
  private readonly caseSensitiveKeys = new Map<string, string>();

  claim(phrase: string, term: ItemTerm | null, caseSensitive: boolean, isExplicit: boolean): void {
    const tokens = tokenize(phrase);
    const keys = tokens.map((t) => t.key).join(" ");
    const surface = tokens.map((t) => t.text).join(" ");
    const owner = term?.id ?? "(not_items)";
    const clash = caseSensitive
      ? (this.bySurface.get(surface) ?? this.byKeys.get(keys))
      : (this.byKeys.get(keys) ?? this.caseSensitiveKeys.get(keys));
    if (clash !== undefined) {
      if (clash !== owner && isExplicit)
        fail(`phrase "${phrase}" is claimed by terms "${clash}" and "${owner}"`);
      return;
    }
    if (caseSensitive) {
      this.bySurface.set(surface, owner);
      this.caseSensitiveKeys.set(keys, owner);
    } else this.byKeys.set(keys, owner);
    this.entries.push({ phrase, value: term, caseSensitive });
  }
}

function fail(message: string): never {
  throw new LexiconError(WEAPONS_FILE, message);
}
