// People, with role and state from the text itself: "Russian President Vladimir Putin",
// "Kremlin spokesman Dmitry Peskov", "John Kirby, the White House national security spokesman,".
// Known people come from the lexicon; later surname-only mentions ("Putin said", "Kim") resolve
// to the most recent person with that surname.
import type { Mention, OrgMention, PersonMention, StateMention } from "../core/model.js";
import type { NlpContext } from "./annotate.js";
import { capitalisedAsListed } from "./lexicon-case.js";
import { type Person, resolvePerson, type StatedRole, surnameOf } from "./person-memory.js";
import { coveredTokens, nameEnd, roleAt } from "./person-parts.js";
import { appositiveRole, nameAfterRole, type RoleScan, roleOf } from "./person-roles.js";

interface Scan extends RoleScan {
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
    const apposed = nameAfterRole(scan, role, (k) => nameAt(scan, k));
    if (apposed) {
      emit(scan, apposed.from, apposed.to, roleOf(scan, role, role.from));
      return apposed.to;
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

/** The known person's span if one starts at k, else a capitalised name; never past a line end. */
function nameAt(scan: Scan, k: number): number {
  const toks = scan.ctx.tokens;
  const known = scan.lex.known
    .matchAt(toks, k)
    .find((m) => capitalisedAsListed(toks, m.from, m.value.capitalised));
  if (known && !scan.covered.subarray(known.from, known.to).some((c) => c === 1)) return known.to;
  return withinLine(scan, k, nameEnd(toks, k, scan.covered, scan.lex));
}

/**
 * A name does not run on into the next paragraph: after a shouted banner line ("READ MORE ON
 * OUR APP") the paragraph's first word "Moreno said …" is a name of its own.
 */
function withinLine(scan: Scan, from: number, to: number): number {
  for (let j = from + 1; j < to; j++) if (!sameLine(scan, j - 1, j)) return j;
  return to;
}

function isKnownOrSeen(scan: Scan, from: number, to: number): boolean {
  const toks = scan.ctx.tokens;
  return (
    scan.lex.known.matchAt(toks, from).some((m) => m.to === to) ||
    (to === from + 1 && scan.surnames.has(toks[from]!.text))
  );
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
