// States the article shows using weapons: "… if Ukraine uses western-supplied missiles against
// Crimea". When a supplier's transfer names no recipient and the article has no other transfer
// to learn the direction from, the user of weapons is the likely recipient.
import { subjectBefore } from "../actors.js";
import { clauseEnd, clauseStart } from "../clause.js";
import type { ExtractContext } from "../context.js";
import type { ActorRef } from "../draft.js";
import { itemsBetween } from "../items.js";
import { cueAt } from "../sentence-view.js";

/** The subjects of active use verbs with items after them, in article order. */
export function weaponUsers(ctx: ExtractContext): ActorRef[] {
  const users: ActorRef[] = [];
  for (const view of ctx.views) {
    for (const hit of view.hits) {
      if (cueAt(view, hit.from, "use")?.passive !== false) continue;
      if (!itemsBetween(view, hit.to, clauseEnd(view, hit.from)).length) continue;
      const subject = subjectBefore(view, ctx, hit.from, clauseStart(view, ctx, hit.from));
      users.push(...(subject?.members.filter((m) => m.code) ?? []));
    }
  }
  return users;
}
