// The largest quantity reported for an allegation. Counted things win over money and weight:
// "more than a million shells" says more about an ammunition allegation than "$500 million".
import type { Quantity } from "../core/model.js";

export function isLargerQuantity(candidate: Quantity, current: Quantity | null): boolean {
  if (!current) return true;
  const candidateItems = candidate.unit === "items";
  const currentItems = current.unit === "items";
  if (candidateItems !== currentItems) return candidateItems;
  if (candidate.unit !== current.unit) return false;
  return candidate.value > current.value;
}
