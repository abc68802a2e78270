// Finds the state named with a body or a person in the same noun phrase: a possessor ("South
// Korea's Defence Ministry", "Seoul's spy agency"), an adjacent demonym or name ("the Russian
// Foreign Ministry", "U.S. Secretary of State"), or an "of" phrase ("the armed forces of Ukraine").
import type { StateMention } from "../core/model.js";
import type { Token } from "./tokenize.js";

export interface StateIndex {
  byEnd: ReadonlyMap<number, StateMention>;
  byStart: ReadonlyMap<number, StateMention>;
}

export function indexStates(states: readonly StateMention[]): StateIndex {
  return {
    byEnd: new Map(states.map((s) => [s.end, s])),
    byStart: new Map(states.map((s) => [s.start, s])),
  };
}

/** The state right before token `from`: "Russia's ___", "Russian ___", "U.S. ___". */
export function stateBefore(toks: readonly Token[], from: number, idx: StateIndex): StateMention | null {
  const prev = toks[from - 1];
  if (!prev) return null;
  if (prev.key === "'s") return idx.byEnd.get(prev.start) ?? null;
  return idx.byEnd.get(prev.end) ?? null;
}

/** The state in "___ of Ukraine" / "___ of the Russian Federation" after token `to`. */
export function stateAfterOf(toks: readonly Token[], to: number, idx: StateIndex): StateMention | null {
  if (toks[to]?.key !== "of") return null;
  const next = toks[to + 1]?.key === "the" ? toks[to + 2] : toks[to + 1];
  return next ? (idx.byStart.get(next.start) ?? null) : null;
}

/**
 * The first state mentioned inside a span: "Korea Institute for Defense Analyses" → KR.
 * `states` is sorted by start, as findStates returns it.
 */
export function stateWithin(
  states: readonly StateMention[],
  start: number,
  end: number,
): StateMention | null {
  let lo = 0;
  let hi = states.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (states[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const s = states[lo];
  return s && s.end <= end ? s : null;
}
