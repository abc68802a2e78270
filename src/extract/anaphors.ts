// What an anaphor stands for. "the two countries" takes the two states named last before the
// sentence; "the West" is an actor with no code; a one-state anaphor ("the country", "the
// sanctioned nation") takes the state named last, in this sentence first, but never the actor
// it is the object of: in "the Kremlin is providing the sanctioned nation with technology" the
// nation is not Russia.
import type { ActorRef } from "./draft.js";
import { type CueHit, keyAt, type SentenceView } from "./sentence-view.js";

type Refers = "pair" | "state" | "unnamed";

/** Codes the anaphor at token `at` stands for; `earlier` are the actors before it in the sentence. */
export function anaphorCodes(
  view: SentenceView,
  at: number,
  refers: Refers,
  recent: readonly string[],
  earlier: readonly ActorRef[],
): Array<string | null> {
  if (refers === "unnamed") return [null];
  if (refers === "pair") return recent.slice(0, 2);
  const excluded = new Set(earlier.filter((a) => sameClause(view, a.to, at)).map((a) => a.code));
  const named = earlier.map((a) => a.code).reverse();
  const first = [...named, ...recent].find((c): c is string => !!c && !excluded.has(c));
  return first ? [first] : [];
}

/** No comma, semicolon or colon between the two tokens. */
function sameClause(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ([",", ";", ":"].includes(keyAt(view, k))) return false;
  return true;
}

/** "the U.S. and the West sent weapons": an actor with no code that still takes a place in a list. */
export function unnamedRef(hit: CueHit): ActorRef {
  const span = { start: hit.start, end: hit.end };
  return {
    code: null,
    from: hit.from,
    to: hit.to,
    span,
    asSource: { name: hit.phrase, kind: "government", country: null },
  };
}
