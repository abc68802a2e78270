// Compiles lexicons/organisations.yaml: named bodies with a fixed state or org code, generic
// bodies that take their state from the text ("Russia's Defence Ministry"), and the rules that
// give a kind to an organisation a text introduces with an acronym.
import { z } from "zod";
import type { SourceKind } from "../core/model.js";
import { capitalsOf } from "../nlp/lexicon-case.js";
import { PhraseMatcher } from "../nlp/phrase-matcher.js";
import { tokenize } from "../nlp/tokenize.js";
import { parsePart, partFile, SourceKindSchema } from "./parse-part.js";
import { LexiconError } from "./types.js";

export const ORG_FILE = "organisations.yaml";
export const ORG_FILES: string[] = [ORG_FILE];

export interface OrgEntry {
  id: string;
  name: string;
  sourceKind: SourceKind;
  /** ISO code or "org:un"; null for a generic body until the text names its state. */
  country: string | null;
  actor: string | null;
  generic: boolean;
  /** Generic bodies that exist only with a named state, as a speaker ("the Russian military said"). */
  needsState: boolean;
}

export interface OrgHit {
  entry: OrgEntry;
  alias: string;
  acronym: boolean;
  capitalised: boolean[];
}

/** Phrases as token keys joined by spaces ("intelligence service"). */
export interface AcronymKindRule {
  /** null: the long form names no body ("… Missile Systems"). */
  kind: SourceKind | null;
  contains: string[];
  starts: string[];
  ends: string[];
}

export interface OrgLexicon {
  byId: ReadonlyMap<string, OrgEntry>;
  matcher: PhraseMatcher<OrgHit>;
  speakerFollowers: ReadonlySet<string>;
  acronymKinds: readonly AcronymKindRule[];
}

const Kind = SourceKindSchema.exclude(["person"]);
const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a lower-case slug");
const Words = z.array(z.string()).default([]);
const Entry = z.strictObject({
  id: Slug,
  name: z.string(),
  aliases: Words,
  acronyms: Words,
  kind: Kind,
  state: z
    .string()
    .regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code")
    .optional(),
  org: Slug.optional(),
  actor: Slug.optional(),
  needs_state: z.boolean().default(false),
});
type Entry = z.infer<typeof Entry>;
const Organisations = z.strictObject({
  organisations: z.array(Entry),
  generic: z.array(Entry),
  speaker_followers: z.array(z.string()),
  acronym_kinds: z.array(
    z.strictObject({ kind: z.union([Kind, z.literal("none")]), contains: Words, starts: Words, ends: Words }),
  ),
});

export function compileOrganisations(raw: Record<string, unknown>): OrgLexicon {
  const data = parsePart(Organisations, partFile(raw, ORG_FILE), ORG_FILE);
  const byId = new Map<string, OrgEntry>();
  const hits: Array<{ phrase: string; value: OrgHit; caseSensitive: boolean }> = [];
  const owner = new Map<string, string>();
  for (const [list, generic] of [
    [data.organisations, false],
    [data.generic, true],
  ] as const) {
    for (const e of list) {
      if (byId.has(e.id)) throw new LexiconError(ORG_FILE, `organisation id "${e.id}" is used twice`);
      const entry = toEntry(e, generic);
      byId.set(e.id, entry);
      for (const phrase of [e.name, ...e.aliases]) addHit(hits, owner, entry, phrase, false);
      for (const phrase of e.acronyms) addHit(hits, owner, entry, phrase, true);
    }
  }
  return {
    byId,
    matcher: new PhraseMatcher(hits),
    speakerFollowers: new Set(data.speaker_followers),
    acronymKinds: data.acronym_kinds.map((r) => ({
      kind: r.kind === "none" ? null : r.kind,
      contains: r.contains.map(keysOf),
      starts: r.starts.map(keysOf),
      ends: r.ends.map(keysOf),
    })),
  };
}

function keysOf(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.key)
    .join(" ");
}

function toEntry(e: Entry, generic: boolean): OrgEntry {
  if (e.state && e.org) throw new LexiconError(ORG_FILE, `organisation "${e.id}" has both state and org`);
  if (!generic && !e.state && !e.org)
    throw new LexiconError(ORG_FILE, `organisation "${e.id}" needs a state or org`);
  return {
    id: e.id,
    name: e.name,
    sourceKind: e.kind,
    country: e.state ?? (e.org ? `org:${e.org}` : null),
    actor: e.actor ? `org:${e.actor}` : null,
    generic,
    needsState: e.needs_state,
  };
}

function addHit(
  hits: Array<{ phrase: string; value: OrgHit; caseSensitive: boolean }>,
  owner: Map<string, string>,
  entry: OrgEntry,
  phrase: string,
  acronym: boolean,
): void {
  const toks = tokenize(phrase);
  const key = `${acronym ? "=" : ""}${acronym ? phrase : toks.map((t) => t.key).join(" ")}`;
  const prior = owner.get(key);
  if (prior && prior !== entry.id) {
    throw new LexiconError(ORG_FILE, `"${phrase}" is claimed by both ${prior} and ${entry.id}`);
  }
  if (prior) return;
  owner.set(key, entry.id);
  const capitalised = capitalsOf(toks);
  hits.push({ phrase, value: { entry, alias: phrase, acronym, capitalised }, caseSensitive: acronym });
}
