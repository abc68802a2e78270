// A transfer verb in a gerund adjunct has no subject of its own: "the assurances the British side
// gave when transferring missiles to Kyiv", "Norway, after sending tanks to Kyiv, …": the actor
// named right before the adjunct opener supplies. An aside between subject and verb ("The Senate,
// after months of stalling, approved …") is skipped the same way.
import { subjectBefore } from "../actors.js";
import { clauseStart } from "../clause.js";
import type { ExtractContext } from "../context.js";
import type { ActorRef } from "../draft.js";
import { type CueHit, keyAt, type SentenceView } from "../sentence-view.js";

const OPENERS = new Set(["when", "after", "before", "while", "by"]);

export function gerundAdjunctSubject(view: SentenceView, ctx: ExtractContext, hit: CueHit): ActorRef[] {
  const opener = hit.from - 1;
  if (!keyAt(view, hit.from).endsWith("ing") || !OPENERS.has(keyAt(view, opener))) return [];
  // The opener may itself break the clause ("when"): the subject is in the clause before it.
  return subjectBefore(view, ctx, opener, clauseStart(view, ctx, opener))?.members ?? [];
}

// Words that may stand between the comma closing an aside and the verb ("…, finally approved").
const ASIDE_GAP = 2;

/**
 * "The Senate, after months of stalling, finally approved $61bn for Kyiv": the clause-break word
 * opens an aside set off by commas, so the verb's subject stands before the aside.
 */
export function asideSubject(view: SentenceView, ctx: ExtractContext, at: number, lo: number): ActorRef[] {
  const opener = view.hits.find((h) => h.to === lo && h.cues.some((c) => c.role === "clause-break"));
  if (!opener || keyAt(view, opener.from - 1) !== ",") return [];
  let close = at - 1;
  while (close > lo && at - close <= ASIDE_GAP + 1 && keyAt(view, close) !== ",") close--;
  if (keyAt(view, close) !== "," || close <= lo) return [];
  for (let k = close + 1; k < at; k++) if (view.mentionAt[k]) return [];
  const before = opener.from - 1;
  return subjectBefore(view, ctx, before, clauseStart(view, ctx, before))?.members ?? [];
}
