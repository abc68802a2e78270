// Gazetteer hits match case-insensitively; a hit counts only where the text keeps the capitals
// the lexicon wrote: "Turkey" and "TURKEY" are a state, "turkey" is not.

const CAPITALISED = /^\p{Lu}/u;

/** `caps[k]`: must the k-th token from `from` start with a capital. */
export function capitalisedAsListed(
  toks: readonly { text: string }[],
  from: number,
  caps: readonly boolean[],
): boolean {
  return caps.every((cap, k) => !cap || CAPITALISED.test(toks[from + k]!.text));
}

/** Which tokens of a lexicon phrase start with a capital ("Republic of the Congo" → T F F T). */
export function capitalsOf(toks: readonly { text: string }[]): boolean[] {
  return toks.map((t) => CAPITALISED.test(t.text));
}
