// A documented, deliberately simple confidence score. Each origin counts once, with the weight of
// its strongest claim; independent origins combine like independent witnesses; denials by third
// parties weigh more than denials by the accused, who deny as a rule.
import type { Factuality, SourceKind } from "../core/model.js";

export const CONFIDENCE_FORMULA = [
  "confidence = support × (1 − 0.5 × doubt)",
  "support = 1 − Π(1 − w) over asserting origins; doubt = 1 − Π(1 − w) over denying origins",
  "w = factuality (CT 0.5, PR 0.35, PS 0.2) × source kind (intelligence, international org 1.0;",
  "    government, military, research 0.9; legislature, media 0.8; company 0.7; person, author 0.6)",
  "    × 0.3 for a denial by the supplier or recipient itself; an origin counts with its strongest claim",
].join("\n");

const FACTUALITY_WEIGHT: Record<Factuality, number> = {
  "CT+": 0.5,
  "PR+": 0.35,
  "PS+": 0.2,
  "CT-": 0.5,
  "PR-": 0.35,
  "PS-": 0.2,
  Uu: 0,
};

const KIND_WEIGHT: Record<SourceKind, number> = {
  intelligence: 1,
  international_org: 1,
  government: 0.9,
  military: 0.9,
  research: 0.9,
  legislature: 0.8,
  media: 0.8,
  company: 0.7,
  person: 0.6,
  author: 0.6,
};

const INTERESTED_DENIAL = 0.3;

/** Weight of one claim for its origin; `interested` when a denier is the supplier or recipient. */
export function claimWeight(factuality: Factuality, kind: SourceKind, interested: boolean): number {
  const w = FACTUALITY_WEIGHT[factuality] * KIND_WEIGHT[kind];
  return round(interested ? w * INTERESTED_DENIAL : w);
}

/** Origin weights grouped as the store keeps them: (weight, how many origins have it). */
export interface WeightGroup {
  weight: number;
  origins: number;
}

export function combine(groups: readonly WeightGroup[]): number {
  let miss = 1;
  for (const g of groups) miss *= (1 - g.weight) ** g.origins;
  return 1 - miss;
}

export function confidence(asserting: readonly WeightGroup[], denying: readonly WeightGroup[]): number {
  return round(combine(asserting) * (1 - 0.5 * combine(denying)));
}

/** The same from Σ ln(1 − w) sums, which the store keeps up to date one origin at a time. */
export function confidenceFromLogs(supportLog: number, doubtLog: number): number {
  return round((1 - Math.exp(supportLog)) * (1 - 0.5 * (1 - Math.exp(doubtLog))));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
