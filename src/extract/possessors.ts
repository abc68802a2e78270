// Who owns a possessive list of actors ("North Korea and Iran's deliveries").
import type { ActorGroup } from "./actors.js";
import type { ActorRef } from "./draft.js";
import { keyAt, type SentenceView } from "./sentence-view.js";

/**
 * The owners in a possessive list. "In year three of the invasion of Ukraine, North Korea and
 * Iran's deliveries …": a list after a preposition's object and a comma begins after that comma.
 */
export function possessors(view: SentenceView, group: ActorGroup): ActorRef[] {
  if (
    !view.words.adjunct_prepositions.has(keyAt(view, group.from - 1)) &&
    keyAt(view, group.from - 1) !== "of"
  )
    return group.members;
  const comma = group.members.findIndex((m, i) => i > 0 && keyAt(view, m.from - 1) === ",");
  return comma > 0 ? group.members.slice(comma) : group.members;
}
