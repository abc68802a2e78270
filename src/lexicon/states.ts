// Compiles the state gazetteer: the world-countries seed (read from node_modules at load time)
// merged with our own overrides in lexicons/states-overrides.yaml. Validated here: unique codes,
// every code a real alpha-2, no alias claimed by two states.
import { z } from "zod";
import type { StateMention } from "../core/model.js";
import { PhraseMatcher } from "../nlp/phrase-matcher.js";
import { tokenize } from "../nlp/tokenize.js";
import { parsePart, partFile } from "./parse-part.js";
import {
  type AliasCandidate,
  aliasForm,
  blockedEntry,
  SeedCountries,
  seedCandidates,
  toEntries,
  withPlural,
} from "./state-aliases.js";
import { LexiconError } from "./types.js";

export type StateForm = StateMention["form"];
export const STATES_OVERRIDES = "states-overrides.yaml";
/** Key under which load.ts passes the world-countries records (not a file in lexicons/). */
export const WORLD_COUNTRIES = "world-countries/countries.json";
export const STATE_FILES: string[] = [STATES_OVERRIDES];

export interface StateRecord {
  code: string;
  name: string;
  /** "North Korean"; used to name generic bodies ("North Korean military"). */
  demonym: string | null;
}

/** What a matched phrase means; `code` null for a blocked phrase ("Korean Peninsula"). */
export interface StateHit {
  code: string | null;
  form: StateForm;
  alias: string;
  /** Per phrase token: must the text token be capitalised too ("Turkey" yes, "turkey" no). */
  capitalised: boolean[];
}

export type AmbiguityCue = "given_name_before" | "surname_after" | "us_state_cue";

export interface StateLexicon {
  byCode: ReadonlyMap<string, StateRecord>;
  matcher: PhraseMatcher<StateHit>;
  /** Alias token key → the cues that make it something other than a state. */
  ambiguous: ReadonlyMap<string, readonly AmbiguityCue[]>;
  usStateCues: { before: string[][]; after: string[][] };
  /** Capitalised words that do not make a following "Jordan" a surname ("In", "Visiting"). */
  notGivenNames: ReadonlySet<string>;
  /** Keys of "Korea"/"Korean": KR unless the document so far has named only North Korea. */
  bareKorea: ReadonlySet<string>;
}

const Phrases = z.array(z.string());
const Overrides = z.strictObject({
  include: z.array(z.string()),
  states: z.array(
    z.strictObject({
      code: z.string(),
      name: z.string().optional(),
      aliases: Phrases.default([]),
      demonyms: Phrases.default([]),
      capitals: Phrases.default([]),
      seats: Phrases.default([]),
    }),
  ),
  drop: z.record(z.string(), Phrases),
  blocked: Phrases,
  ambiguous: z.record(z.string(), z.array(z.enum(["given_name_before", "surname_after", "us_state_cue"]))),
  us_state_cues: z.strictObject({ before: Phrases, after: Phrases }),
  not_given_names: Phrases,
  bare_korea: Phrases,
});
type Overrides = z.infer<typeof Overrides>;

export function compileStates(raw: Record<string, unknown>): StateLexicon {
  const seed = parsePart(SeedCountries, partFile(raw, WORLD_COUNTRIES), WORLD_COUNTRIES);
  const ov = parsePart(Overrides, partFile(raw, STATES_OVERRIDES), STATES_OVERRIDES);
  const valid = new Set(seed.map((c) => c.cca2));
  checkCodes(ov, valid);
  const included = seed.filter((c) => c.unMember || ov.include.includes(c.cca2));
  const byCode = new Map<string, StateRecord>();
  for (const c of included) {
    byCode.set(c.cca2, { code: c.cca2, name: c.name.common, demonym: c.demonyms?.eng?.m ?? null });
  }
  for (const s of ov.states) {
    const rec = byCode.get(s.code);
    if (!rec) throw new LexiconError(STATES_OVERRIDES, `state ${s.code} is not included (add it to include)`);
    if (s.name) rec.name = s.name;
  }
  const candidates = [...ov.states.flatMap(overrideCandidates), ...seedOnly(included, ov)];
  // "'s governor" is written alone in the data but follows a name in text ("Georgia's governor").
  const keys = (p: string) =>
    p.startsWith("'s ") ? ["'s", ...tokenize(p.slice(3)).map((t) => t.key)] : tokenize(p).map((t) => t.key);
  return {
    byCode,
    matcher: new PhraseMatcher([...toEntries(candidates, STATES_OVERRIDES), ...ov.blocked.map(blockedEntry)]),
    ambiguous: new Map(Object.entries(ov.ambiguous).map(([alias, cues]) => [keys(alias).join(" "), cues])),
    usStateCues: { before: ov.us_state_cues.before.map(keys), after: ov.us_state_cues.after.map(keys) },
    notGivenNames: new Set(ov.not_given_names.map((w) => keys(w).join(" "))),
    bareKorea: new Set(ov.bare_korea.map((w) => keys(w).join(" "))),
  };
}

function checkCodes(ov: Overrides, valid: ReadonlySet<string>): void {
  const seen = new Set<string>();
  for (const code of [...ov.include, ...Object.keys(ov.drop), ...ov.states.map((s) => s.code)]) {
    if (!valid.has(code))
      throw new LexiconError(STATES_OVERRIDES, `"${code}" is not an ISO 3166-1 alpha-2 code`);
  }
  for (const s of ov.states) {
    if (seen.has(s.code)) throw new LexiconError(STATES_OVERRIDES, `state ${s.code} is listed twice`);
    seen.add(s.code);
  }
}

function overrideCandidates(s: Overrides["states"][number]): AliasCandidate[] {
  const code = s.code;
  return [
    ...s.aliases.map((alias) => ({ code, alias, form: aliasForm(alias) })),
    ...s.demonyms.flatMap(withPlural).map((alias) => ({ code, alias, form: "demonym" as const })),
    ...s.capitals.map((alias) => ({ code, alias, form: "capital" as const })),
    ...s.seats.map((alias) => ({ code, alias, form: "seat" as const })),
  ];
}

function seedOnly(included: ReturnType<typeof SeedCountries.parse>, ov: Overrides): AliasCandidate[] {
  return included.flatMap((c) => {
    // Dropping a demonym drops its plural too ("Dominican", "Dominicans").
    const dropped = new Set((ov.drop[c.cca2] ?? []).flatMap(withPlural).map((a) => a.toLowerCase()));
    return seedCandidates(c).filter((a) => !dropped.has(a.alias.toLowerCase()));
  });
}
