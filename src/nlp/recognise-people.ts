// People, with role and state from the text itself: "Russian President Vladimir Putin",
// "Kremlin spokesman Dmitry Peskov", "John Kirby, the White House national security spokesman,".
// Known people come from the lexicon; later surname-only mentions ("Putin said", "Kim") resolve
// to the most recent person with that surname.
import type { Mention, OrgMention, PersonMention, StateMention } from "../core/model.js";
import type { PersonLexicon } from "../lexicon/people.js";
import type { NlpContext } from "./annotate.js";
import { capitalisedAsListed } from "./lexicon-case.js";
import { type Person, resolvePerson, type StatedRole, surnameOf } from "./person-memory.js";
import { coveredTokens, nameEnd, type RoleMatch, roleAt } from "./person-parts.js";

interface Scan {
  ctx: NlpContext;
  lex: PersonLexicon;
  covered: Uint8Array;
  /** Mentions found before people, by their end offset: the state or body named with a title. */
  byEnd: Map<number, StateMention | OrgMention>;
  byStart: Map<number, StateMention | OrgMention>;
  /** Surname (token text) → the most recent person with it. */
  surnames: Map<string, Person>;
  out: PersonMention[];
}

export function recognisePeople(ctx: NlpContext): Mention[] {
  const toks = ctx.tokens;
  const named = ctx.found.filter(
    (m): m is StateMention | OrgMention => m.kind === "state" || m.kind === "org",
  );
  const scan: Scan = {
    ...{ ctx, lex: ctx.lex.people, covered: coveredTokens(toks, named) },
    byEnd: new Map(named.map((m) => [m.end, m])),
    byStart: new Map(named.map((m) => [m.start, m])),
    ...{ surnames: new Map(), out: [] },
  };
  for (let i = 0; i < toks.length; ) i = personAt(scan, i);
  return scan.out;
}

/** Recognises a person at token i (after a title, by name, by surname) and returns the next index. */
function personAt(scan: Scan, i: number): number {
  const toks = scan.ctx.tokens;
  if (scan.covered[i]) return i + 1;
  const role = roleAt(toks, i, scan.lex);
  if (role && sameLine(scan, role.to - 1, role.to)) {
    const end = nameAt(scan, role.to);
    if (end > role.to) {
      emit(scan, role.to, end, roleOf(scan, role, role.from));
      return end;
    }
  }
  const end = nameAt(scan, i);
  if (end === i) return i + 1;
  const knownOrSeen = isKnownOrSeen(scan, i, end);
  // An unknown one-word "name" before a comma is usually a sentence adverb: "Elsewhere, …".
  const apposed = knownOrSeen || end - i > 1 ? appositiveRole(scan, end) : null;
  if (apposed || knownOrSeen) {
    emit(scan, i, end, apposed);
    return apposed && toks[apposed.to] ? apposed.to : end;
  }
  return end;
}

/** A heading line ending in a title does not name the person on the next line. */
function sameLine(scan: Scan, a: number, b: number): boolean {
  const toks = scan.ctx.tokens;
  return !toks[b] || !scan.ctx.doc.text.slice(toks[a]!.end, toks[b]!.start).includes("\n");
}

/** The known person's span if one starts at k, else a capitalised name. */
function nameAt(scan: Scan, k: number): number {
  const toks = scan.ctx.tokens;
  const known = scan.lex.known
    .matchAt(toks, k)
    .find((m) => capitalisedAsListed(toks, m.from, m.value.capitalised));
  if (known && !scan.covered.subarray(known.from, known.to).some((c) => c === 1)) return known.to;
  return nameEnd(toks, k, scan.covered, scan.lex);
}

function isKnownOrSeen(scan: Scan, from: number, to: number): boolean {
  const toks = scan.ctx.tokens;
  return (
    scan.lex.known.matchAt(toks, from).some((m) => m.to === to) ||
    (to === from + 1 && scan.surnames.has(toks[from]!.text))
  );
}

const ROLE_LINKS = new Set(["of", "at", "for", "with"]);

/** The role, and the state or body just before it: "Russian President", "NIS director". */
function roleOf(scan: Scan, role: RoleMatch, from: number): StatedRole {
  const toks = scan.ctx.tokens;
  const anchor = toks[from - 1]; // "Russian| President", "Ukraine|'s Foreign Minister"
  const owner = anchor ? scan.byEnd.get(anchor.key === "'s" ? anchor.start : anchor.end) : undefined;
  // "the ambassador of Sweden", "a senior fellow at RUSI", "a spokesman for the Kremlin"
  const linked = ROLE_LINKS.has(toks[role.to]?.key ?? "");
  const ofState = linked ? scan.byEnd.get(mentionEndFrom(scan, role.to + 1)) : undefined;
  const by = owner ?? ofState;
  const country = by ? (by.kind === "state" ? by.code : by.country) : null;
  const bodyKind = by?.kind === "org" ? by.sourceKind : null;
  const text = role.head.honorific
    ? null
    : scan.ctx.doc.text.slice(toks[role.from]!.start, toks[role.to - 1]!.end);
  return { role: text, country, kind: role.head.kind ?? bodyKind, to: role.to };
}

/** End offset of a state or body starting at token k ("the Russian Federation"). */
function mentionEndFrom(scan: Scan, k: number): number {
  const t = scan.ctx.tokens[k]?.key === "the" ? scan.ctx.tokens[k + 1] : scan.ctx.tokens[k];
  return (t && scan.byStart.get(t.start)?.end) ?? -1;
}

/** ", the White House national security spokesman," / ", a senior fellow" after a name ending at `end`. */
function appositiveRole(scan: Scan, end: number): StatedRole | null {
  const toks = scan.ctx.tokens;
  if (toks[end]?.text !== ",") return null;
  let k = end + 1;
  if (["the", "a", "an"].includes(toks[k]?.key ?? "")) k++;
  while (k < toks.length && scan.covered[k]) k++; // the state or body: "White House", "Russia"
  if (toks[k]?.key === "'s") k++;
  const role = roleAt(toks, k, scan.lex);
  // ", Ukrainian President Volodymyr Zelensky said" opens a new name, it is no appositive.
  if (!role || role.head.honorific || nameEnd(toks, role.to, scan.covered, scan.lex) > role.to) return null;
  const stated = roleOf(scan, role, k);
  return stated.role ? stated : null;
}

function emit(scan: Scan, from: number, to: number, stated: StatedRole | null): void {
  const toks = scan.ctx.tokens;
  const start = toks[from]!.start;
  const end = toks[to - 1]!.end;
  const text = scan.ctx.doc.text.slice(start, end);
  const known = scan.lex.known.matchAt(toks, from).find((m) => m.to === to)?.value;
  const seen = !known && to === from + 1 ? scan.surnames.get(text) : undefined;
  const person = resolvePerson(text, known, seen, stated);
  const rule = known ? "people:known" : seen ? "people:surname" : stated ? "people:title" : "people:name";
  scan.out.push({ kind: "person", start, end, text, rule, ...person });
  const surname = surnameOf(toks.slice(from, to), known, stated !== null);
  if (surname) scan.surnames.set(surname, person);
}
