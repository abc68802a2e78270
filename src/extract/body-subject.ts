// A state's own people before a verb are its acting body: in "Russian troops fired North Korean
// missiles" the group "Russian" modifies the item "troops" (personnel), yet it is the subject of
// "fired", as "Russia" would be. Other items keep their adjective out of the subject slot
// ("Iranian drones hit Kyiv" has no Iranian subject).
import type { ActorGroup } from "./actors.js";
import { hitWith, keyAt, type SentenceView } from "./sentence-view.js";

// Auxiliaries that may stand between the people and the verb: "Russian troops have been firing".
const AUXILIARY_ROLES = ["be", "hedge", "future", "progressive"] as const;
const AUXILIARIES = new Set(["have", "has", "had", "reportedly", "also"]);

/** True when `group` + a personnel item fill the words right before the verb at `verb`. */
export function personnelSubject(view: SentenceView, group: ActorGroup, verb: number): boolean {
  let k = group.to;
  if (keyAt(view, k) === "'s") k++;
  const item = view.mentionAt[k];
  if (item?.kind !== "item" || !item.category.startsWith("personnel")) return false;
  while (k < verb && view.mentionAt[k] === item) k++;
  for (; k < verb; k++) {
    const aux = AUXILIARIES.has(keyAt(view, k)) || AUXILIARY_ROLES.some((r) => hitWith(view, k, r));
    if (!aux) return false;
  }
  return k === verb;
}
