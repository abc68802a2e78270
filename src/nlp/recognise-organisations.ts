// Organisations: lexicon names and acronyms; generic bodies that take their state from the same
// noun phrase ("South Korea's Defence Ministry"); acronyms the text defines ("… Administration
// (DAPA)"), reused later; and a one-edit typo of an acronym already seen ("NOS" after "NIS").
import type { Mention, OrgMention, StateMention } from "../core/model.js";
import type { OrgEntry, OrgHit, OrgLexicon } from "../lexicon/organisations.js";
import type { StateLexicon } from "../lexicon/states.js";
import type { NlpContext } from "./annotate.js";
import { capitalisedAsListed } from "./lexicon-case.js";
import {
  type AcronymDefinition,
  AcronymMemory,
  entryOf,
  findAcronymDefinitions,
  isAcronymShape,
  learnedEntry,
} from "./org-acronyms.js";
import type { PhraseMatch } from "./phrase-matcher.js";
import { findStates } from "./recognise-states.js";
import { indexStates, type StateIndex, stateAfterOf, stateBefore, stateWithin } from "./state-context.js";
import type { Token } from "./tokenize.js";

interface Scan {
  text: string;
  toks: readonly Token[];
  lex: OrgLexicon;
  states: StateLexicon;
  index: StateIndex;
  /** The first state the document names: the home of a ministry no phrase locates. */
  lead: StateMention | null;
  out: OrgMention[];
  /** Acronyms seen so far → their organisation, for later uses and typos. */
  acronyms: AcronymMemory<OrgEntry>;
}

export function recogniseOrganisations(ctx: NlpContext): Mention[] {
  const text = ctx.doc.text;
  const toks = ctx.tokens;
  const stateMentions = findStates(text, toks, ctx.lex.states);
  const scan: Scan = {
    ...{ text, toks, lex: ctx.lex.organisations, states: ctx.lex.states },
    ...{ index: indexStates(stateMentions), lead: stateMentions[0] ?? null, out: [] },
    acronyms: new AcronymMemory<OrgEntry>(),
  };
  const defs = findAcronymDefinitions(text, toks);
  const defined = new Set(defs.map((d) => d.acronym));
  let next = 0; // the next definition in text order
  for (let i = 0; i < toks.length; ) {
    while (next < defs.length && defs[next]!.acronymAt < i) next++;
    const def = defs[next]?.longFrom === i ? defs[next] : undefined;
    if (def && emitDefinedLongForm(scan, def, stateMentions)) {
      i = def.longTo;
      continue;
    }
    const acronymDef = defs[next]?.acronymAt === i ? defs[next] : undefined;
    const last = scan.out.at(-1);
    if (acronymDef && last && last.end === toks[acronymDef.longTo - 1]!.end) {
      scan.acronyms.set(acronymDef.acronym, entryOf(last));
    }
    i = matchAt(scan, i, defined);
  }
  return scan.out;
}

/**
 * "Seoul's Defense Acquisition Program Administration (DAPA)": a body the lexicon does not know,
 * its state from a possessor or a state inside its name. False when the lexicon knows the long
 * form, or it names no body ("High Mobility Artillery Rocket System (HIMARS)").
 */
function emitDefinedLongForm(scan: Scan, def: AcronymDefinition, states: readonly StateMention[]): boolean {
  const { toks } = scan;
  if (knownLongForm(scan, def.longFrom, def.longTo)) return false;
  const start = toks[def.longFrom]!.start;
  const end = toks[def.longTo - 1]!.end;
  const country =
    stateBefore(toks, def.longFrom, scan.index)?.code ?? stateWithin(states, start, end)?.code ?? null;
  const entry = learnedEntry(scan.text.slice(start, end), country, scan.lex);
  if (entry) emit(scan, def.longFrom, def.longTo, entry, "organisations:defined-long-form");
  return entry !== null;
}

/** Recognises what starts at token i and returns the next token to look at. */
function matchAt(scan: Scan, i: number, defined: ReadonlySet<string>): number {
  const t = scan.toks[i]!;
  const learned = scan.acronyms.get(t.text);
  if (learned && isAcronymShape(t.text)) {
    emit(scan, i, i + 1, learned, "organisations:acronym");
    return i + 1;
  }
  for (const hit of scan.lex.matcher.matchAt(scan.toks, i)) {
    if (!capitalisedAsListed(scan.toks, hit.from, hit.value.capitalised)) continue;
    if (hit.value.entry.generic ? emitGeneric(scan, hit) : emitNamed(scan, hit)) return hit.to;
  }
  const typo = typoOf(scan, i, defined);
  if (typo) emit(scan, i, i + 1, typo, "organisations:acronym-typo");
  return i + 1;
}

function emitNamed(scan: Scan, hit: PhraseMatch<OrgHit>): boolean {
  const { entry, alias, acronym } = hit.value;
  emit(scan, hit.from, hit.to, entry, `organisations:${alias}`);
  if (acronym) scan.acronyms.set(alias, entry);
  return true;
}

/** "South Korea's Defence Ministry" → one KR body spanning the possessor; "the military" alone → none. */
function emitGeneric(scan: Scan, hit: PhraseMatch<OrgHit>): boolean {
  const { entry, alias } = hit.value;
  const before = stateBefore(scan.toks, hit.from, scan.index);
  const after = before ? null : stateAfterOf(scan.toks, hit.to, scan.index);
  const state = before ?? after ?? leadStateFor(scan, hit);
  if (entry.needsState && (!state || !speakerFollows(scan, hit.to))) return false;
  const start = before ? before.start : scan.toks[hit.from]!.start;
  const end = after ? after.end : scan.toks[hit.to - 1]!.end;
  const record = state ? scan.states.byCode.get(state.code) : undefined;
  const located: OrgEntry = state
    ? {
        ...entry,
        id: `${state.code.toLowerCase()}-${entry.id}`,
        name: `${record?.demonym ?? record?.name ?? state.code} ${entry.name}`,
        country: state.code,
      }
    : entry;
  scan.out.push(toMention(scan.text, start, end, located, `organisations:generic:${alias}`));
  if (hit.value.acronym) scan.acronyms.set(alias, located);
  return true;
}

/**
 * A government body no phrase locates belongs to the state the article opened with: in a story
 * that begins "Norland tightened its export rules …", "the Ministry of Commerce said" is Norland's.
 * Only a state named before the body counts, and only when the body is not itself modifying
 * another state's noun phrase.
 */
function leadStateFor(scan: Scan, hit: PhraseMatch<OrgHit>): StateMention | null {
  const { entry } = hit.value;
  const lead = scan.lead;
  if (entry.needsState || entry.sourceKind !== "government" || !lead) return null;
  return lead.start < scan.toks[hit.from]!.start ? lead : null;
}

/** "the Russian military said" yes; "Russian military installations" no. */
function speakerFollows(scan: Scan, next: number): boolean {
  const t = scan.toks[next];
  return !t || !/^\p{Ll}/u.test(t.text) || scan.lex.speakerFollowers.has(t.key);
}

function typoOf(scan: Scan, i: number, defined: ReadonlySet<string>): OrgEntry | null {
  const t = scan.toks[i]!;
  if (!/^[A-Z]{3,6}$/.test(t.text) || defined.has(t.text) || scan.index.byStart.has(t.start)) return null;
  if (isShouting(scan.toks[i - 1]) || isShouting(scan.toks[i + 1])) return null; // "NORTH KOREA NOS"
  const near = scan.acronyms.near(t.text);
  return new Set(near.map((e) => e.id)).size === 1 ? near[0]! : null;
}

function isShouting(t: Token | undefined): boolean {
  return !!t && /^[A-Z]{2,}$/.test(t.text);
}

function knownLongForm(scan: Scan, from: number, to: number): boolean {
  return scan.lex.matcher.matchAt(scan.toks, from).some((h) => h.to === to);
}

function emit(scan: Scan, from: number, to: number, entry: OrgEntry, rule: string): void {
  scan.out.push(toMention(scan.text, scan.toks[from]!.start, scan.toks[to - 1]!.end, entry, rule));
}

function toMention(text: string, start: number, end: number, e: OrgEntry, rule: string): OrgMention {
  const { id: orgId, name, sourceKind, country, actor } = e;
  return {
    kind: "org",
    start,
    end,
    text: text.slice(start, end),
    rule,
    orgId,
    name,
    sourceKind,
    country,
    actor,
  };
}
