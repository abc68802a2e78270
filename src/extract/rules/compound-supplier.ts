// "U.S.-supplied missiles", "U.K.-provided tanks": a state joined by a hyphen to a give verb in
// its participle is the supplier of the items after it. The recipient is left to the article
// ("struck the city of X with U.S.-supplied missiles" does not say who fired them).
import type { ActorRef } from "../draft.js";
import type { SentenceView } from "../sentence-view.js";

/** The state of "STATE-supplied", when the verb at `at` is joined to it by a hyphen. */
export function hyphenSupplier(view: SentenceView, at: number): ActorRef[] {
  const hyphen = view.tokens[at - 1];
  const before = view.tokens[at - 2];
  if (!hyphen || !before || hyphen.text !== "-" || hyphen.start !== before.end) return [];
  if (view.tokens[at]!.start !== hyphen.end) return [];
  const m = view.mentionAt[at - 2];
  if (m?.kind !== "state") return [];
  const t = before;
  const asSource = { name: m.name, kind: "government" as const, country: m.code };
  return [{ code: m.code, from: at - 2, to: at - 1, span: { start: t.start, end: t.end }, asSource }];
}
