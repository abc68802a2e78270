// What follows a number decides what it counts: a currency ("4 billion euros"), a unit
// ("6,700 containers"), a range ("5 to 7"), a "+" ("400+"), or a measure that makes it no count
// ("40 percent", "20 km", "three years").
import type { Qualifier, QuantityUnit } from "../core/model.js";
import type { Currency, QuantityWords } from "../lexicon/quantity-words.js";
import { type ParsedNumber, parseNumber } from "./parse-number.js";
import type { Token } from "./tokenize.js";

export interface QuantityTail {
  to: number;
  unit: QuantityUnit;
  /** Set when the tail changes the qualifier: a range is at_least, "400+" more_than. */
  qualifier: Qualifier | null;
  rule: string;
  /** "5 to 7 million": the scale written after the range applies to its lower bound. */
  multiplier: number;
}

const RANGE_WORDS = new Set(["to", "-", "–"]);

export function readQuantityTail(
  tokens: readonly Token[],
  number: ParsedNumber,
  words: QuantityWords,
  currency: Currency | null,
): QuantityTail | null {
  let to = number.to;
  let qualifier: Qualifier | null = null;
  let rule = currency ? "money" : "count";
  let multiplier = 1;
  const between = tokens[number.from - 1]?.key === "between";
  const range = number.rangeEnd !== null ? null : readRangeEnd(tokens, to, words, between);
  if (range || number.rangeEnd !== null) {
    to = range?.to ?? to;
    if (range && number.scale === 1) multiplier = range.scale;
    qualifier = "at_least";
    rule = "range";
  }
  const plus = tokens[to];
  if (plus?.text === "+" && plus.start === tokens[to - 1]!.end) {
    qualifier = "more_than";
    to++;
  }
  if (words.otherCurrency.longestAt(tokens, to) || words.notCounts.longestAt(tokens, to)) return null;
  if (tokens[to]?.text === ":") return null;
  if (currency) return { to, unit: currency, qualifier, rule, multiplier };
  const money = words.currencyAfter.longestAt(tokens, to);
  if (money) {
    const key = tokens[money.from]!.key;
    if (words.needsScale.has(key) && number.scale * multiplier === 1) return null;
    return { to: money.to, unit: money.value, qualifier, rule: "money", multiplier };
  }
  const unit = words.units.longestAt(tokens, to);
  if (unit) return { to: unit.to, unit: unit.value, qualifier, rule: "unit", multiplier };
  return { to, unit: "items", qualifier, rule, multiplier };
}

/**
 * "5 to 7", "5 - 7", and "between 5 and 7" (but not "£500m and 500 million pounds"): the upper
 * bound, read only to be skipped.
 */
function readRangeEnd(
  tokens: readonly Token[],
  at: number,
  words: QuantityWords,
  between: boolean,
): { to: number; scale: number } | null {
  const joiner = tokens[at];
  if (!joiner || !(RANGE_WORDS.has(joiner.key) || (between && joiner.key === "and"))) return null;
  const upper = parseNumber(tokens, at + 1, words);
  if (!upper || upper.yearLike) return null;
  return { to: upper.to, scale: upper.scale };
}
