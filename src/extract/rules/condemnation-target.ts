// Who a condemnation is aimed at, read from the object of the condemning word:
//   named:      "France condemned Iran's supply of drones" → Iran
//   by-agent:   "condemned the shelling of the port by Russia" → Russia
//   a kind:     "condemns all countries arming the junta, including Belarus" → Belarus (no one if none named)
//   pointing back: "Russia shelled the city. Poland condemned the attack." → Russia, the subject
//               of the latest hostile act in the sentences before
// A state after "on" or "against" in the object is the victim, not the target
// ("denounced the recent case as an attack on Russian territory").
import { type ActorGroup, actorGroups, subjectBefore } from "../actors.js";
import type { ExtractContext } from "../context.js";
import type { ActorRef } from "../draft.js";
import { cueAt, hitWith, keyAt, type SentenceView } from "../sentence-view.js";

/** Object words after which an actor is no longer what is condemned. */
const VICTIM_MARKERS = new Set(["on", "against", "as"]);
// Pronouns that, as the object, point back to an act told before ("condemned it").
const POINTERS = new Set(["it", "this", "that", "these", "such"]);
// How many sentences back a hostile act may be told.
const ATTACK_REACH = 4;
// How far after an inclusion word the named member may start ("including the DPRK").
const INCLUSION_REACH = 3;

/** The condemned actors for an object spanning [from, to) in a clause ending at `hi`. */
export function condemnedTargets(
  view: SentenceView,
  ctx: ExtractContext,
  from: number,
  to: number,
  hi: number,
): ActorRef[] {
  if (genericAt(view, from)) return includedMembers(view, ctx, from);
  const object = objectGroup(view, ctx, from, to);
  if (object) return object.members;
  const agent = agentGroup(view, ctx, from + 1, hi);
  if (agent) return agent.members;
  const head = keyAt(view, from);
  if (view.words.determiners.has(head) || POINTERS.has(head)) return recentAttacker(view, ctx);
  return [];
}

/** "all countries …", "any state that …" right at the start of the object. */
function genericAt(view: SentenceView, from: number): boolean {
  return !!hitWith(view, from, "generic-target") || !!hitWith(view, from + 1, "generic-target");
}

/** The members a kind names after "including" / "such as", anywhere later in the sentence. */
function includedMembers(view: SentenceView, ctx: ExtractContext, from: number): ActorRef[] {
  for (const hit of view.hits) {
    if (hit.from < from || !cueAt(view, hit.from, "inclusion")) continue;
    const group = actorGroups(view, ctx).find((g) => g.from >= hit.to && g.from <= hit.to + INCLUSION_REACH);
    return group?.members ?? [];
  }
  return [];
}

/** The first actor group of the object, unless a victim marker comes before it. */
function objectGroup(view: SentenceView, ctx: ExtractContext, from: number, to: number): ActorGroup | null {
  const group = actorGroups(view, ctx).find((g) => g.from >= from && g.from < to);
  if (!group) return null;
  for (let k = from; k < group.from; k++) if (VICTIM_MARKERS.has(keyAt(view, k))) return null;
  return group;
}

/** "… by Russia": the agent of the condemned act. */
function agentGroup(view: SentenceView, ctx: ExtractContext, from: number, hi: number): ActorGroup | null {
  for (let k = from; k < hi; k++) {
    if (keyAt(view, k) !== "by") continue;
    const group = actorGroups(view, ctx).find((g) => g.from > k && g.from <= k + 3 && g.from < hi);
    if (group) return group;
  }
  return null;
}

/** The subject of the latest hostile act ("Russia shelled …") in the few sentences before. */
function recentAttacker(view: SentenceView, ctx: ExtractContext): ActorRef[] {
  const at = view.sentence.index;
  for (let s = at - 1; s >= 0 && s >= at - ATTACK_REACH; s--) {
    const earlier = ctx.views[s]!;
    for (const hit of [...earlier.hits].reverse()) {
      if (!cueAt(earlier, hit.from, "attack")) continue;
      const subject = subjectBefore(earlier, ctx, hit.from, 0);
      const members = subject?.members.filter((m) => m.code) ?? [];
      if (members.length) return members;
    }
  }
  return [];
}
