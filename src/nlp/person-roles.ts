// The role a person holds as the text states it, and the state or body it is held for: before the
// name ("Russian President"), in an appositive after it (", the White House spokesman,"), or
// before it across a comma ("said the mayor, Olena Hrytsenko.").
import type { OrgMention, StateMention } from "../core/model.js";
import type { PersonLexicon } from "../lexicon/people.js";
import type { NlpContext } from "./annotate.js";
import type { StatedRole } from "./person-memory.js";
import { nameEnd, type RoleMatch, roleAt } from "./person-parts.js";

/** What the role readers need from the people scan. */
export interface RoleScan {
  ctx: NlpContext;
  lex: PersonLexicon;
  covered: Uint8Array;
  /** Mentions found before people, by their end offset: the state or body named with a title. */
  byEnd: Map<number, StateMention | OrgMention>;
  byStart: Map<number, StateMention | OrgMention>;
}

const ROLE_LINKS = new Set(["of", "at", "for", "with"]);

/** The role, and the state or body just before it: "Russian President", "NIS director". */
export function roleOf(scan: RoleScan, role: RoleMatch, from: number): StatedRole {
  const toks = scan.ctx.tokens;
  const anchor = toks[from - 1]; // "Russian| President", "Ukraine|'s Foreign Minister"
  const owner = anchor ? scan.byEnd.get(anchor.key === "'s" ? anchor.start : anchor.end) : undefined;
  // "the ambassador of Sweden", "a senior fellow at RUSI", "a spokesman for the Kremlin"
  const linked = ROLE_LINKS.has(toks[role.to]?.key ?? "");
  const ofState = linked ? scan.byEnd.get(mentionEndFrom(scan, role.to + 1)) : undefined;
  // A reporter works for the outlet; the state before the title is the beat:
  // "the Cairo correspondent of the Daily Planet" speaks as the Planet's country.
  const outletFirst = role.head.kind === "media" && ofState?.kind === "org";
  const by = outletFirst ? ofState : (owner ?? ofState);
  const country = by ? (by.kind === "state" ? by.code : by.country) : null;
  const bodyKind = by?.kind === "org" ? by.sourceKind : null;
  const text = role.head.honorific
    ? null
    : scan.ctx.doc.text.slice(toks[role.from]!.start, toks[role.to - 1]!.end);
  return { role: text, country, kind: role.head.kind ?? bodyKind, to: role.to };
}

/** End offset of a state or body starting at token k ("the Russian Federation"). */
function mentionEndFrom(scan: RoleScan, k: number): number {
  const t = scan.ctx.tokens[k]?.key === "the" ? scan.ctx.tokens[k + 1] : scan.ctx.tokens[k];
  return (t && scan.byStart.get(t.start)?.end) ?? -1;
}

/** ", the White House national security spokesman," / ", a senior fellow" after a name ending at `end`. */
export function appositiveRole(scan: RoleScan, end: number): StatedRole | null {
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

// What may follow a name apposed to the role before it: the end of the clause.
const CLAUSE_ENDS = new Set([",", ".", ";", ":", ")"]);

/**
 * The name after "ROLE," that the role belongs to: "said the mayor, Olena Hrytsenko." The name
 * must close the clause, so "the minister, Sweden and Norway" or a new subject stays unread.
 * `nameAt` reads the name starting at a token (the known person's span or capitalised words).
 */
export function nameAfterRole(
  scan: RoleScan,
  role: RoleMatch,
  nameAt: (k: number) => number,
): { from: number; to: number } | null {
  const toks = scan.ctx.tokens;
  if (role.head.honorific || toks[role.to]?.text !== ",") return null;
  const from = role.to + 1;
  const to = nameAt(from);
  const known = scan.lex.known.matchAt(toks, from).some((m) => m.to === to);
  if (to - from < 2 && !known) return null;
  const next = toks[to];
  return !next || CLAUSE_ENDS.has(next.text) ? { from, to } : null;
}
