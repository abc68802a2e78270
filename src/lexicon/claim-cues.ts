// Compiles lexicons/claims/*.yaml (transfer verbs and their frames, requests, meetings,
// condemnations, reporting verbs, hedges, negations, source nouns, anaphors) into one phrase
// matcher. A phrase can play several roles ("reports" is a source noun and an allegation), so each
// match carries every cue of its phrase.
import { z } from "zod";
import { FACTUALITIES, type Factuality, SOURCE_KINDS, type SourceKind } from "../core/model.js";
import { PhraseMatcher } from "../nlp/phrase-matcher.js";
import { tokenKey } from "../nlp/tokenize.js";
import { parsePart, partFile } from "./parse-part.js";
import { LexiconError } from "./types.js";

export type VerbForm = "base" | "s" | "past" | "participle" | "ed" | "ing";

export type Cue =
  | {
      role: "transfer";
      lemma: string;
      frame: "give" | "receive" | "origin";
      aspect: "continuous" | "event";
      form: VerbForm;
      planned: boolean;
      /** Prepositions besides "to"/"for" that introduce the recipient ("lavished arms on X"). */
      recipientPreps: ReadonlySet<string>;
    }
  | { role: "transfer-noun" | "interdiction" | "request" | "condemnation" | "exchange" | "contents" | "urge" }
  | { role: "labelling" | "condemnation-label" | "attack" | "generic-target" | "inclusion" }
  | { role: "speaker-asker" | "cause" | "package-addition" | "unnamed-others" | "addressed-request" }
  | { role: "meeting"; shape: "verb" | "noun" | "summon"; planned: boolean }
  | { role: "use"; passive: boolean }
  | {
      role: "report";
      factuality: Factuality;
      listener: boolean;
      denial: boolean;
      opener?: boolean;
      /** "were accused of": the speaker is after "by" or found in the context. */
      passive?: boolean;
    }
  | { role: "according" | "relay" | "allegation" | "falsehood" | "speaker-pronoun" }
  | {
      role:
        | "sanctioner"
        | "sanction-noun"
        | "record"
        | "narration"
        | "talk-reference"
        | "announcement"
        | "corroboration";
    }
  | { role: "hedge"; factuality: Factuality }
  | {
      role:
        | "negation"
        | "cancellation"
        | "plan"
        | "future"
        | "progressive"
        | "be"
        | "conditional"
        | "non-assertion"
        | "clause-break";
    }
  | { role: "source-noun"; kind: SourceKind }
  | { role: "anaphor"; refers: "pair" | "state" | "unnamed" }
  | { role: "member-noun" };

export type CueRole = Cue["role"];

const WORD_LISTS = [
  "group_glue",
  "conjunctions",
  "adjunct_prepositions",
  "contrast",
  "relatives",
  "speaker_gap",
  "speaker_stop",
  "speaker_openers",
  "subject_openers",
  "determiners",
  "list_glue",
  "subject_pronouns",
  "help_verbs",
  "clause_openers",
  "object_breakers",
  "title_heads",
  "first_person",
  "body_of_state",
  "bare_aid",
  "supply_compounds",
  "origin_compounds",
  "address_prepositions",
  "attack_nouns",
  "variant_nouns",
  "naming_words",
  "trade_nouns",
  "dual_use_heads",
  "sighting_verbs",
  "value_links",
] as const;

/** Closed word classes the rules use to find phrase and clause edges, as token keys. */
export type FunctionWords = Record<(typeof WORD_LISTS)[number], ReadonlySet<string>>;

export interface ClaimLexicon {
  cues: PhraseMatcher<Cue[]>;
  words: FunctionWords;
}

const DIR = "claims";
const file = (name: string) => `${DIR}/${name}.yaml`;

export const CLAIM_FILES: string[] = [
  "transfer-verbs",
  "request-verbs",
  "event-words",
  "reporting-verbs",
  "modality",
  "source-nouns",
  "anaphors",
  "function-words",
].map(file);

const FACTUALITY = z.enum(FACTUALITIES);
const SOURCE_KIND = z.enum(SOURCE_KINDS);
const phrases = z.array(z.string().min(1));
const FORMS = z
  .object({
    base: z.string(),
    s: z.string(),
    ed: z.string(),
    past: z.string(),
    participle: z.string(),
    ing: z.string(),
  })
  .partial();

const SCHEMAS = {
  "transfer-verbs": z.object({
    verbs: z.array(
      z.object({
        lemma: z.string(),
        frame: z.enum(["give", "receive", "origin"]),
        aspect: z.enum(["continuous", "event"]),
        planned: z.boolean().optional(),
        recipient_prepositions: z.array(z.string()).optional(),
        forms: FORMS,
      }),
    ),
    nominalisations: phrases,
    interdiction: phrases,
    contents: phrases,
  }),
  "request-verbs": z.object({
    requests: phrases,
    urges: phrases,
    speaker_askers: phrases,
    causes: phrases,
    addressed_requests: phrases,
  }),
  "event-words": z.object({
    meetings: z.array(
      z.object({
        phrase: z.string(),
        shape: z.enum(["verb", "noun", "summon"]),
        planned: z.boolean().optional(),
      }),
    ),
    condemnations: phrases,
    uses: z.array(z.object({ phrase: z.string(), passive: z.boolean() })),
    exchanges: phrases,
    labelling_verbs: phrases,
    condemnation_labels: phrases,
    attacks: phrases,
    generic_targets: phrases,
    inclusions: phrases,
    package_additions: phrases,
    unnamed_others: phrases,
  }),
  "reporting-verbs": z.object({
    verbs: z.array(
      z.object({
        phrase: z.string(),
        factuality: FACTUALITY,
        listener: z.boolean().optional(),
        denial: z.boolean().optional(),
      }),
    ),
    statement_openers: phrases,
    prepositions: phrases,
    relays: phrases,
    allegations: phrases,
    falsehoods: phrases,
    passive_reports: z.array(z.object({ phrase: z.string(), factuality: FACTUALITY })),
    sanctioners: phrases,
    sanction_nouns: phrases,
    records: phrases,
    narration_openers: phrases,
    talk_references: phrases,
    announcement_nouns: phrases,
    corroborations: phrases,
  }),
  modality: z.object({
    hedges: z.array(
      z.object({ phrase: z.string(), factuality: FACTUALITY, case_sensitive: z.boolean().optional() }),
    ),
    negations: phrases,
    cancellations: phrases,
    futures: phrases,
    plans: phrases,
    progressives: phrases,
    be_forms: phrases,
    conditionals: phrases,
    non_assertions: phrases,
    clause_breaks: phrases,
  }),
  "source-nouns": z.object({
    sources: z.array(z.object({ phrase: z.string(), kind: SOURCE_KIND })),
    speaker_pronouns: phrases,
  }),
  "function-words": z.object(
    Object.fromEntries(WORD_LISTS.map((w) => [w, phrases])) as Record<
      (typeof WORD_LISTS)[number],
      typeof phrases
    >,
  ),
  anaphors: z.object({
    anaphors: z.array(z.object({ phrase: z.string(), refers: z.enum(["pair", "state", "unnamed"]) })),
    member_nouns: phrases,
  }),
};

type Parsed = { [K in keyof typeof SCHEMAS]: z.infer<(typeof SCHEMAS)[K]> };

/** Collects (phrase, cue) pairs; a phrase listed twice with the same role is a data error. */
class CueTable {
  readonly byPhrase = new Map<string, { cues: Cue[]; caseSensitive: boolean }>();
  add(phrase: string, cue: Cue, caseSensitive = false): void {
    const key = phrase.toLowerCase();
    const entry = this.byPhrase.get(key) ?? { cues: [], caseSensitive };
    if (entry.cues.some((c) => c.role === cue.role))
      throw new Error(`"${phrase}" is listed twice as ${cue.role}`);
    entry.cues.push(cue);
    this.byPhrase.set(key, entry);
  }
  addAll(list: readonly string[], cue: Cue): void {
    for (const p of list) this.add(p, cue);
  }
}

export function compileClaimCues(raw: Record<string, unknown>): ClaimLexicon {
  const parsed = Object.fromEntries(
    Object.entries(SCHEMAS).map(([name, schema]) => [
      name,
      parsePart(schema, partFile(raw, file(name)), file(name)),
    ]),
  ) as Parsed;
  const table = new CueTable();
  try {
    addTransferCues(table, parsed);
    addSpeechCues(table, parsed);
  } catch (err) {
    return failAt(err);
  }
  const entries = [...table.byPhrase].map(([phrase, e]) => ({
    phrase,
    value: e.cues,
    caseSensitive: e.caseSensitive,
  }));
  const lists = parsed["function-words"];
  const words = Object.fromEntries(
    WORD_LISTS.map((w) => [w, new Set(lists[w].map((x) => tokenKey(String(x))))]),
  ) as unknown as FunctionWords;
  return { cues: new PhraseMatcher(entries), words };
}

function failAt(err: unknown): never {
  throw new LexiconError(`${DIR}/`, (err as Error).message);
}

function addTransferCues(t: CueTable, p: Parsed): void {
  for (const v of p["transfer-verbs"].verbs) {
    const recipientPreps: ReadonlySet<string> = new Set(v.recipient_prepositions ?? []);
    for (const [form, phrase] of Object.entries(v.forms) as Array<[VerbForm, string]>) {
      const planned = v.planned ?? false;
      const { lemma, frame, aspect } = v;
      t.add(phrase, { role: "transfer", lemma, frame, aspect, form, planned, recipientPreps });
    }
  }
  t.addAll(p["transfer-verbs"].nominalisations, { role: "transfer-noun" });
  t.addAll(p["transfer-verbs"].interdiction, { role: "interdiction" });
  t.addAll(p["transfer-verbs"].contents, { role: "contents" });
  t.addAll(p["request-verbs"].requests, { role: "request" });
  t.addAll(p["request-verbs"].urges, { role: "urge" });
  t.addAll(p["request-verbs"].speaker_askers, { role: "speaker-asker" });
  t.addAll(p["request-verbs"].causes, { role: "cause" });
  t.addAll(p["request-verbs"].addressed_requests, { role: "addressed-request" });
  const events = p["event-words"];
  for (const m of events.meetings)
    t.add(m.phrase, { role: "meeting", shape: m.shape, planned: m.planned ?? false });
  t.addAll(events.condemnations, { role: "condemnation" });
  for (const u of events.uses) t.add(u.phrase, { role: "use", passive: u.passive });
  t.addAll(events.exchanges, { role: "exchange" });
  t.addAll(events.labelling_verbs, { role: "labelling" });
  t.addAll(events.condemnation_labels, { role: "condemnation-label" });
  t.addAll(events.attacks, { role: "attack" });
  t.addAll(events.generic_targets, { role: "generic-target" });
  t.addAll(events.inclusions, { role: "inclusion" });
  t.addAll(events.package_additions, { role: "package-addition" });
  t.addAll(events.unnamed_others, { role: "unnamed-others" });
}

function addSpeechCues(t: CueTable, p: Parsed): void {
  const rep = p["reporting-verbs"];
  for (const v of rep.verbs) {
    const cue: Cue = { role: "report", factuality: v.factuality, listener: !!v.listener, denial: !!v.denial };
    t.add(v.phrase, cue);
  }
  t.addAll(rep.statement_openers, {
    role: "report",
    factuality: "CT+",
    listener: false,
    denial: false,
    opener: true,
  });
  t.addAll(rep.prepositions, { role: "according" });
  t.addAll(rep.relays, { role: "relay" });
  t.addAll(rep.allegations, { role: "allegation" });
  t.addAll(rep.falsehoods, { role: "falsehood" });
  // A passive report is also the author's hearsay when no speaker is found for it.
  for (const v of rep.passive_reports) {
    t.add(v.phrase, {
      role: "report",
      factuality: v.factuality,
      listener: false,
      denial: false,
      passive: true,
    });
    t.add(v.phrase, { role: "hedge", factuality: "PR+" });
  }
  t.addAll(rep.sanctioners, { role: "sanctioner" });
  t.addAll(rep.sanction_nouns, { role: "sanction-noun" });
  t.addAll(rep.records, { role: "record" });
  t.addAll(rep.narration_openers, { role: "narration" });
  t.addAll(rep.talk_references, { role: "talk-reference" });
  t.addAll(rep.announcement_nouns, { role: "announcement" });
  t.addAll(rep.corroborations, { role: "corroboration" });
  const mod = p.modality;
  for (const h of mod.hedges) t.add(h.phrase, { role: "hedge", factuality: h.factuality }, h.case_sensitive);
  t.addAll(mod.negations, { role: "negation" });
  t.addAll(mod.cancellations, { role: "cancellation" });
  t.addAll(mod.futures, { role: "future" });
  t.addAll(mod.plans, { role: "plan" });
  t.addAll(mod.progressives, { role: "progressive" });
  t.addAll(mod.be_forms, { role: "be" });
  t.addAll(mod.conditionals, { role: "conditional" });
  t.addAll(mod.non_assertions, { role: "non-assertion" });
  t.addAll(mod.clause_breaks, { role: "clause-break" });
  for (const s of p["source-nouns"].sources) t.add(s.phrase, { role: "source-noun", kind: s.kind });
  t.addAll(p["source-nouns"].speaker_pronouns, { role: "speaker-pronoun" });
  for (const a of p.anaphors.anaphors) t.add(a.phrase, { role: "anaphor", refers: a.refers });
  t.addAll(p.anaphors.member_nouns, { role: "member-noun" });
}
