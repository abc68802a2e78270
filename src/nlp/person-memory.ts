// What is known about a person mention, merged from the lexicon, an earlier mention and the role
// stated in the text; and the surname later mentions will use.
import type { SourceKind } from "../core/model.js";
import type { KnownPerson } from "../lexicon/people.js";
import type { Token } from "./tokenize.js";

export interface Person {
  name: string;
  role: string | null;
  country: string | null;
  sourceKind: SourceKind;
}

/** A role as the text states it, with the state or body named with it. */
export interface StatedRole {
  role: string | null;
  country: string | null;
  kind: SourceKind | null;
  /** Token after the role. */
  to: number;
}

/** The text wins over the lexicon, the lexicon over an earlier mention: "Defence Minister X" is X's role here. */
export function resolvePerson(
  text: string,
  known: KnownPerson | undefined,
  seen: Person | undefined,
  stated: StatedRole | null,
): Person {
  const country = stated?.country ?? known?.country ?? seen?.country ?? null;
  const kind = stated?.kind ?? known?.kind ?? seen?.sourceKind ?? "person";
  return {
    name: known?.name ?? seen?.name ?? text,
    role: stated?.role ?? known?.role ?? seen?.role ?? null,
    country,
    // The UN spokesman, the Commission President: officials of an international body speak for it.
    sourceKind: kind === "government" && country?.startsWith("org:") ? "international_org" : kind,
  };
}

/**
 * The word later mentions use alone: "Putin"; "Kim" for Kim Jong Un (from the lexicon); "Shin"
 * for "Shin Won-sik" (a hyphenated given name puts the family name first). A lone capitalised
 * word counts only when a title or the lexicon vouched for it ("Mr. Smith"); else null.
 */
export function surnameOf(
  name: readonly Token[],
  known: KnownPerson | undefined,
  vouched: boolean,
): string | null {
  if (known) return known.surname;
  const words = name.filter((t) => /^\p{Lu}/u.test(t.text) && t.text.length > 1);
  if (words.length === 0 || (words.length < 2 && !vouched)) return null;
  const familyFirst = /-\p{Ll}/u.test(words.at(-1)!.text);
  return familyFirst ? words[0]!.text : words.at(-1)!.text;
}
