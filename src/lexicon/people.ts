// Compiles lexicons/people.yaml: role titles (with the source kind they imply), courtesy titles,
// words that are never names, and well-known people with their state and role.
import { z } from "zod";
import type { SourceKind } from "../core/model.js";
import { capitalsOf } from "../nlp/lexicon-case.js";
import { PhraseMatcher } from "../nlp/phrase-matcher.js";
import { tokenize } from "../nlp/tokenize.js";
import { parsePart, partFile, SourceKindSchema } from "./parse-part.js";
import { LexiconError } from "./types.js";

export const PEOPLE_FILE = "people.yaml";
export const PEOPLE_FILES: string[] = [PEOPLE_FILE];

export interface TitleHead {
  /** null: from the body named with the title, else a plain person. */
  kind: SourceKind | null;
  /** "Mr.", "Dr.": marks a name, gives no role. */
  honorific: boolean;
}

export interface KnownPerson {
  name: string;
  /** The word later mentions use alone: "Putin", "Kim" (family name first). */
  surname: string;
  country: string;
  role: string;
  kind: SourceKind;
  /** Per token of the matched alias: must the text token be capitalised. */
  capitalised: boolean[];
}

export interface PersonLexicon {
  titles: PhraseMatcher<TitleHead>;
  modifiers: PhraseMatcher<true>;
  known: PhraseMatcher<KnownPerson>;
  /** Token keys of capitalised words that are never part of a name ("Monday", "The"). */
  notNames: ReadonlySet<string>;
}

const Kind = SourceKindSchema;
const Words = z.array(z.string());
const People = z.strictObject({
  titles: z.partialRecord(z.union([Kind, z.literal("none")]), Words),
  honorifics: Words,
  title_modifiers: Words,
  not_names: Words,
  people: z.array(
    z.strictObject({
      name: z.string(),
      aliases: Words.default([]),
      surname: z.string().optional(),
      country: z.string().regex(/^(?:[A-Z]{2}|org:[a-z0-9-]+)$/, "expected an ISO alpha-2 or org: code"),
      role: z.string(),
      kind: Kind,
    }),
  ),
});
type People = z.infer<typeof People>;

export function compilePeople(raw: Record<string, unknown>): PersonLexicon {
  const data = parsePart(People, partFile(raw, PEOPLE_FILE), PEOPLE_FILE);
  const titles = Object.entries(data.titles).flatMap(([kind, heads]) =>
    heads.map((phrase) => ({
      phrase,
      value: { kind: kind === "none" ? null : (kind as SourceKind), honorific: false },
    })),
  );
  const honorifics = data.honorifics.map((phrase) => ({ phrase, value: { kind: null, honorific: true } }));
  return {
    titles: new PhraseMatcher<TitleHead>([...titles, ...honorifics]),
    modifiers: new PhraseMatcher(data.title_modifiers.map((phrase) => ({ phrase, value: true as const }))),
    known: new PhraseMatcher(knownEntries(data.people)),
    notNames: new Set(data.not_names.map((w) => w.toLowerCase())),
  };
}

function knownEntries(people: People["people"]) {
  const owner = new Map<string, string>();
  return people.flatMap((p) => {
    const surname = p.surname ?? p.name.split(/\s+/).at(-1)!;
    return [p.name, ...p.aliases].map((phrase) => {
      const toks = tokenize(phrase);
      const key = toks.map((t) => t.key).join(" ");
      const prior = owner.get(key);
      if (prior && prior !== p.name) {
        throw new LexiconError(PEOPLE_FILE, `"${phrase}" is claimed by both ${prior} and ${p.name}`);
      }
      owner.set(key, p.name);
      const capitalised = capitalsOf(toks);
      const value: KnownPerson = {
        name: p.name,
        surname,
        country: p.country,
        role: p.role,
        kind: p.kind,
        capitalised,
      };
      return { phrase, value };
    });
  });
}
