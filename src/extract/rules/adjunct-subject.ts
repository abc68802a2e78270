// A transfer verb in a gerund adjunct has no subject of its own: "the assurances the British side
// gave when transferring missiles to Kyiv", "Norway, after sending tanks to Kyiv, …": the actor
// named right before the adjunct opener supplies.
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
