// Speakers as fact-check and wire copy name them: behind a markdown link ("[The Daily Courier](https://…)
// reported") and by a name the gazetteer does not know with an appositive giving the affiliation
// ("[Jane Roe](https://…), a policy analyst at the Example Institute, said …" → the institute's
// kind and state, under the person's name).
import type { ClaimSource } from "../core/model.js";
import { actorGroups } from "./actors.js";
import type { ExtractContext } from "./context.js";
import { keyAt, type SentenceView } from "./sentence-view.js";
import type { Speaker } from "./speaker.js";

/** Tokens a link target may take ("( https : / / host/path \"title\" )"). */
const LINK_REACH = 40;
const AFFILIATION_PREPOSITIONS = new Set(["at", "of", "for", "with", "from"]);

/**
 * The index just past the link text when token `at - 1` closes a markdown link target:
 * "[Reuters](https://…) reported" → the index after "]", so that the search sees "[Reuters]".
 */
export function beforeLinkTarget(view: SentenceView, at: number): number {
  if (keyAt(view, at - 1) !== ")") return at;
  for (let k = at - 2; k >= 1 && k >= at - LINK_REACH; k--) {
    if (keyAt(view, k) === ")") return at;
    if (keyAt(view, k) !== "(") continue;
    const isLink = keyAt(view, k - 1) === "]" && /^https?$/.test(keyAt(view, k + 1));
    return isLink ? k : at;
  }
  return at;
}

/**
 * "NAME, a TITLE at ORG, said": the organisation named in the appositive [from, to) speaks
 * for the unknown name that ends at token `nameEnd`.
 */
export function affiliatedSpeaker(
  view: SentenceView,
  ctx: ExtractContext,
  nameEnd: number,
  from: number,
  to: number,
): Speaker | null {
  const nameTo = keyAt(view, nameEnd) === "]" ? nameEnd : nameEnd + 1;
  let nameFrom = nameTo;
  while (nameFrom > 0 && /^\p{Lu}/u.test(view.tokens[nameFrom - 1]!.text)) nameFrom--;
  if (nameTo - nameFrom < 2 || view.mentionAt[nameFrom]) return null;
  const org = actorGroups(view, ctx)
    .filter(
      (g) =>
        g.from > from && g.to <= to && AFFILIATION_PREPOSITIONS.has(keyAt(view, prepBefore(view, g.from))),
    )
    .pop();
  const member = org?.members[org.members.length - 1];
  if (!member) return null;
  const name = view.tokens
    .slice(nameFrom, nameTo)
    .map((t) => t.text)
    .join(" ");
  const source: ClaimSource = { name, kind: member.asSource.kind, country: member.asSource.country };
  const span = { start: view.tokens[nameFrom]!.start, end: view.tokens[nameTo - 1]!.end };
  return { speakers: [{ source, span }], pronoun: false, from: nameFrom, to: nameTo };
}

/** The preposition before a group, past a determiner ("at the Example Institute"). */
function prepBefore(view: SentenceView, from: number): number {
  return keyAt(view, from - 1) === "the" ? from - 2 : from - 1;
}
