// Acronyms a text defines ("the Defense Acquisition Program Administration (DAPA)"), the kind of
// an unknown body from its long form, and the one-edit typo match ("NOS" after "NIS").
import type { OrgMention, SourceKind } from "../core/model.js";
import type { AcronymKindRule, OrgEntry, OrgLexicon } from "../lexicon/organisations.js";
import { type Token, tokenize } from "./tokenize.js";

export interface AcronymDefinition {
  /** Tokens of the long form, end exclusive (the "(" token). */
  longFrom: number;
  longTo: number;
  /** Token index of the acronym inside the parentheses. */
  acronymAt: number;
  acronym: string;
}

const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&]{1,9}$/;
const CONNECTORS = new Set(["of", "for", "the", "and", "on", "in", "de", "&"]);
const ALNUM = /[\p{L}\p{N}]/u;

export function isAcronymShape(word: string): boolean {
  return ACRONYM.test(word);
}

export function findAcronymDefinitions(text: string, toks: readonly Token[]): AcronymDefinition[] {
  const defs: AcronymDefinition[] = [];
  for (let i = 1; i + 2 < toks.length; i++) {
    if (toks[i]!.text !== "(" || toks[i + 2]!.text !== ")" || !ACRONYM.test(toks[i + 1]!.text)) continue;
    const acronym = toks[i + 1]!.text;
    const longFrom = longFormStart(text, toks, i, acronym);
    if (longFrom >= 0) defs.push({ longFrom, longTo: i, acronymAt: i + 1, acronym });
  }
  return defs;
}

/** Schwartz–Hearst: match the acronym's letters backwards into the capitalised words before "(". */
function longFormStart(text: string, toks: readonly Token[], paren: number, acronym: string): number {
  let w = paren;
  while (w > 0 && paren - w < acronym.length + 4) {
    const t = toks[w - 1]!;
    if (!(/^\p{Lu}/u.test(t.text) || CONNECTORS.has(t.key)) || !ALNUM.test(t.text)) break;
    w--;
  }
  if (w === paren) return -1;
  const base = toks[w]!.start;
  const long = text.slice(base, toks[paren - 1]!.end).toLowerCase();
  const short = acronym.toLowerCase();
  let l = long.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const c = short[s]!;
    if (!ALNUM.test(c)) continue;
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && ALNUM.test(long[l - 1]!)))) l--;
    if (l < 0) return -1;
    l--;
  }
  const at = base + l + 1;
  let k = w;
  while (k < paren - 1 && toks[k]!.end <= at) k++;
  return /^\p{Lu}/u.test(toks[k]!.text) ? k : -1;
}

/**
 * The first rule that fits the long form: "… Intelligence Service" → intelligence; null when a
 * rule says it is no body ("… Missile Systems", "… Convention") or none fits.
 */
export function kindOfLongForm(longForm: string, rules: readonly AcronymKindRule[]): SourceKind | null {
  const words = ` ${tokenize(longForm)
    .map((t) => t.key)
    .join(" ")} `;
  for (const r of rules) {
    if (r.contains.some((p) => words.includes(` ${p} `))) return r.kind;
    if (r.starts.some((p) => words.startsWith(` ${p} `))) return r.kind;
    if (r.ends.some((p) => words.endsWith(` ${p} `))) return r.kind;
  }
  return null;
}

/** True when a and b differ by one substitution, insertion or deletion. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A body the text introduced with an acronym and the lexicon does not know, if it is a body. */
export function learnedEntry(longForm: string, country: string | null, lex: OrgLexicon): OrgEntry | null {
  const kind = kindOfLongForm(longForm, lex.acronymKinds);
  if (!kind) return null;
  const id = `defined-${longForm.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-")}`;
  return { id, name: longForm, sourceKind: kind, country, actor: null, generic: false, needsState: false };
}

/** The organisation behind a mention, to reuse for its acronym. */
export function entryOf(m: OrgMention): OrgEntry {
  const { orgId: id, name, sourceKind, country, actor } = m;
  return { id, name, sourceKind, country, actor, generic: false, needsState: false };
}

/**
 * Acronyms seen so far, with a lookup of those one edit away that stays constant-time however
 * many a document defines: each acronym is also filed under its one-letter deletions.
 */
export class AcronymMemory<T> {
  private readonly seen = new Map<string, T>();
  private readonly byDeletion = new Map<string, Set<string>>();

  get(acronym: string): T | undefined {
    return this.seen.get(acronym);
  }

  set(acronym: string, value: T): void {
    this.seen.set(acronym, value);
    for (const key of [acronym, ...deletions(acronym)]) {
      const set = this.byDeletion.get(key) ?? new Set<string>();
      set.add(acronym);
      this.byDeletion.set(key, set);
    }
  }

  /** The values of the acronyms one edit away from `word` ("NIS" for "NOS"). */
  near(word: string): T[] {
    const found = new Set<string>();
    for (const key of [word, ...deletions(word)]) {
      for (const a of this.byDeletion.get(key) ?? []) if (oneEditApart(a, word)) found.add(a);
    }
    return [...found].map((a) => this.seen.get(a)!);
  }
}

function deletions(word: string): string[] {
  return [...word].map((_, i) => word.slice(0, i) + word.slice(i + 1));
}
