// The maker of an item told by an apposition with a variant noun:
//   after the item:  "Hamas fired the Bulsae-2, a North Korean copy of the Fagot"
//   before the item: "… and a North Korean version called the F-7"
import { actorGroups } from "./actors.js";
import type { ExtractContext } from "./context.js";
import type { ActorRef, DraftItem } from "./draft.js";
import { keyAt, type SentenceView } from "./sentence-view.js";

const ARTICLES = new Set(["a", "an", "the"]);
// "called", "named", "dubbed", "known (as)": one of them must link the variant noun to the name.
const LINKS = new Set(["called", "named", "dubbed", "known"]);

export function appositiveOrigin(view: SentenceView, ctx: ExtractContext, item: DraftItem): ActorRef[] {
  return originAfter(view, ctx, item) ?? originBefore(view, ctx, item.from) ?? [];
}

function originAfter(view: SentenceView, ctx: ExtractContext, item: DraftItem): ActorRef[] | null {
  let k = item.from;
  while (view.mentionAt[k] && view.mentionAt[k] === view.mentionAt[item.from]) k++;
  if (keyAt(view, k) !== ",") return null;
  k++;
  if (ARTICLES.has(keyAt(view, k))) k++;
  const group = actorGroups(view, ctx).find((g) => g.from === k);
  return group && view.words.variant_nouns.has(keyAt(view, group.to)) ? states(view, group.members) : null;
}

function originBefore(view: SentenceView, ctx: ExtractContext, at: number): ActorRef[] | null {
  let k = at - 1;
  let linked = false;
  while (k > 0 && view.words.naming_words.has(keyAt(view, k))) linked ||= LINKS.has(keyAt(view, k--));
  if (!linked || !view.words.variant_nouns.has(keyAt(view, k))) return null;
  const group = actorGroups(view, ctx).find((g) => g.to === k);
  return group ? states(view, group.members) : null;
}

function states(view: SentenceView, members: ActorRef[]): ActorRef[] {
  return members.filter((a) => view.mentionAt[a.from]?.kind === "state");
}
