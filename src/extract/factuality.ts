// FactBank values as (certainty, polarity) so that a speaker's commitment and the hedges in
// what they say combine: "said" (CT+) over "likely" (PR+) is PR+; over "did not" it is CT-.
import type { Factuality } from "../core/model.js";

const CERTAINTY = { CT: 3, PR: 2, PS: 1 } as const;
type Certainty = keyof typeof CERTAINTY;

/** The weaker certainty of the two, with polarity negated when exactly one is negative. */
export function combineFactuality(outer: Factuality, inner: Factuality): Factuality {
  if (outer === "Uu" || inner === "Uu") return "Uu";
  const a = outer.slice(0, 2) as Certainty;
  const b = inner.slice(0, 2) as Certainty;
  const certainty = CERTAINTY[a] <= CERTAINTY[b] ? a : b;
  const negative = outer.endsWith("-") !== inner.endsWith("-");
  return `${certainty}${negative ? "-" : "+"}` as Factuality;
}

export function negate(f: Factuality): Factuality {
  return combineFactuality(f, "CT-");
}

export function isNegative(f: Factuality): boolean {
  return f.endsWith("-");
}
