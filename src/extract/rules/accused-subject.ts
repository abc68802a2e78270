// The gerund after a passive accusation has the accused as its subject, never the accuser:
//   "Firms in Turkey were accused of supplying drones to Russia"      → Turkey supplies
//   "Firms in Turkey were accused by Britain of supplying drones …"   → Turkey supplies, Britain says so
// Without this, the gerund opening the reported content took the frame's speaker (the accuser,
// found after "by" or from a paragraph on sanctions) as its subject.
import { actorGroups } from "../actors.js";
import type { ExtractContext } from "../context.js";
import type { ActorRef } from "../draft.js";
import { type CueHit, keyAt, type SentenceView } from "../sentence-view.js";

// "were accused by the British government of supplying": the agent between the cue and "of".
const AGENT_REACH = 6;
// "Firms based in Turkey were accused": words between the accused state and the cue.
const ACCUSED_REACH = 3;

/** The accused before a passive report that the gerund at `at` continues; null for other shapes. */
export function accusedSubject(view: SentenceView, ctx: ExtractContext, at: number): ActorRef[] | null {
  if (!keyAt(view, at).endsWith("ing") || keyAt(view, at - 1) !== "of") return null;
  const report = view.hits.find((h) => h.to <= at && at - h.to <= AGENT_REACH && isPassiveReport(h));
  if (!report) return null;
  const group = actorGroups(view, ctx)
    .filter((g) => g.to <= report.from)
    .pop();
  // An accused with no state named ("Several firms were accused of …") supplies unnamed.
  return group && report.from - group.to <= ACCUSED_REACH ? group.members : [];
}

function isPassiveReport(hit: CueHit): boolean {
  return hit.cues.some((c) => c.role === "report" && c.passive === true);
}
