// Item mentions in a clause that name no goods handed over, and where a clause's items end:
//   an attack told by its weapon:   "drones used to guide missile attacks", "drone strikes"
//   what the items are meant for:   "122-mm rockets for the BM-21 multiple rocket launcher"
import { clauseEnd } from "./clause.js";
import type { MentionRange, SentenceView } from "./sentence-view.js";
import { hitWith, keyAt } from "./sentence-view.js";

// Categories that are help for whatever domain follows ("technology to build satellites" → space).
export const DOMAIN_HOSTS: ReadonlySet<string> = new Set(["technology"]);

/** Whether the item mention `r` is a modifier of an attack or the purpose of another item. */
export function namesNoGoods(view: SentenceView, r: MentionRange): boolean {
  return view.words.attack_nouns.has(keyAt(view, r.to)) || isPurpose(view, r.from);
}

/** "rockets for the launcher", "shells for its howitzers": "for" right after another item. */
function isPurpose(view: SentenceView, at: number): boolean {
  let k = at - 1;
  // A purpose may run over several mentions: "for the BM-21 multiple rocket launcher".
  while (k >= 0 && view.mentionAt[k]?.kind === "item" && view.mentionAt[k] !== view.mentionAt[at]) {
    k = firstTokenOf(view, k) - 1;
  }
  while (k >= 0 && view.words.determiners.has(keyAt(view, k))) k--;
  if (keyAt(view, k) !== "for") return false;
  const before = view.mentionAt[k - 1];
  // "technology for its satellites" names the domain of the help, kept for items.ts to read.
  return before?.kind === "item" && !DOMAIN_HOSTS.has(before.category);
}

function firstTokenOf(view: SentenceView, k: number): number {
  const m = view.mentionAt[k];
  while (k > 0 && view.mentionAt[k - 1] === m) k--;
  return k;
}

/**
 * Where the items of a verb at `from` end. "Berlin agreed to send tanks to Kyiv, prompting a firm to
 * offer a bounty to the first soldier …": a consequence clause names no goods of the verb.
 */
export function itemsEnd(view: SentenceView, from: number, hi: number): number {
  for (let k = from; k < hi; k++) if (hitWith(view, k, "cause")) return k;
  return partitiveEnd(view, hi);
}

/**
 * "pledged £12bn in support, of which £7.1bn is for military aid and the rest economic support":
 * "of which" breaks down the same object, so its items are the clause's too.
 */
function partitiveEnd(view: SentenceView, hi: number): number {
  if (keyAt(view, hi) !== "which" || keyAt(view, hi - 1) !== "of") return hi;
  return clauseEnd(view, hi);
}

// How far after the goods their military use may be named.
const DUAL_USE_REACH = 10;

/** "provided equipment used in Ukraine that might have military applications": dual-use goods. */
export function isDualUse(view: SentenceView, r: MentionRange): boolean {
  const end = Math.min(view.tokens.length - 1, r.to + DUAL_USE_REACH);
  for (let k = r.to; k < end; k++) {
    if (keyAt(view, k) === ";") return false;
    if (keyAt(view, k) === "military" && view.words.dual_use_heads.has(keyAt(view, k + 1))) return true;
  }
  return false;
}
