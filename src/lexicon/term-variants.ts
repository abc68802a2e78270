// The forms a lexicon phrase is also written in, so that the data lists each phrase once:
// "howitzer" → "howitzers", "air defence system" → "air defense system", "air-defence system".
// Only the last word is pluralised ("artillery shell" → "artillery shells").

export interface VariantRules {
  /** Both directions: "defence" ↔ "defense". */
  spelling: ReadonlyMap<string, string>;
  /** Last words that take no plural ("ammunition", "equipment"). */
  uncountable: ReadonlySet<string>;
  irregularPlurals: ReadonlyMap<string, string>;
}

const LOWER_WORD = /^[a-z]+$/;
const CONSONANT_Y = /[^aeiou]y$/;
const SIBILANT_END = /(?:ch|sh|x|z)$/;

/** The other spellings, plurals and hyphenated forms of `phrase`, without `phrase` itself. */
export function phraseVariants(phrase: string, rules: VariantRules): string[] {
  const out = new Set<string>();
  for (const spelled of spellings(phrase, rules.spelling)) {
    const joined = joinFirstPair(spelled);
    for (const form of joined ? [spelled, joined] : [spelled]) {
      out.add(form);
      const plural = pluralOf(form, rules);
      if (plural) out.add(plural);
    }
  }
  out.delete(phrase);
  return [...out];
}

function spellings(phrase: string, spelling: ReadonlyMap<string, string>): string[] {
  const forms = new Set([phrase]);
  for (const [word, to] of spellingPatterns(spelling)) {
    for (const form of [...forms]) {
      if (word.test(form)) forms.add(form.replace(word, to));
      word.lastIndex = 0;
    }
  }
  return [...forms];
}

// Compiled once per rule set, not once per phrase: the weapons lexicon has hundreds of phrases.
const patternsOf = new WeakMap<ReadonlyMap<string, string>, Array<[RegExp, string]>>();

function spellingPatterns(spelling: ReadonlyMap<string, string>): Array<[RegExp, string]> {
  let patterns = patternsOf.get(spelling);
  if (!patterns) {
    patterns = [...spelling].map(([from, to]) => [new RegExp(`(?<![\\p{L}])${from}(?![\\p{L}])`, "gu"), to]);
    patternsOf.set(spelling, patterns);
  }
  return patterns;
}

/** "fighter jet" → "fighter-jet": compounds are written both ways. */
function joinFirstPair(phrase: string): string | null {
  const words = phrase.split(" ");
  if (words.length < 2 || !LOWER_WORD.test(words[0]!) || !LOWER_WORD.test(words[1]!)) return null;
  return [`${words[0]}-${words[1]}`, ...words.slice(2)].join(" ");
}

export function pluralOf(phrase: string, rules: VariantRules): string | null {
  const cut = phrase.lastIndexOf(" ") + 1;
  const head = phrase.slice(0, cut);
  const last = phrase.slice(cut);
  const lower = last.toLowerCase();
  if (rules.uncountable.has(lower) || /s$/i.test(last)) return null;
  const irregular = rules.irregularPlurals.get(lower);
  if (irregular) return head + irregular;
  if (CONSONANT_Y.test(last)) return `${head}${last.slice(0, -1)}ies`;
  if (SIBILANT_END.test(last)) return `${head}${last}es`;
  return `${head}${last}s`;
}
