// Numbers as written in news: "1,000", "1.5 million", "$1.7bn" (the "1.7bn"), "4m", "a dozen",
// "twenty-five", "two hundred thousand", "half a million", and ranges "5-7".
import type { QuantityWords } from "../lexicon/quantity-words.js";
import type { Token } from "./tokenize.js";

export interface ParsedNumber {
  value: number;
  /** The first token of the number. */
  from: number;
  /** One past the last token used. */
  to: number;
  /** The multiplier written with it ("million", "bn"), 1 if none. */
  scale: number;
  /** "1995", "2023": no separator, no scale, in the range of years. */
  yearLike: boolean;
  /** The word "one" alone: too often no count ("one of the", "no one"). */
  bareOne: boolean;
  /** Upper bound of a range written in one token ("5-7"). */
  rangeEnd: number | null;
}

// Linear: no nested quantifiers, so a token holding 100,000 commas costs one pass.
const DIGITS = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\p{L}*)$/u;
const RANGE = /^(\d{1,6})[-‐‑–](\d{1,6})$/;
const YEAR = /^(?:19|20)\d\d$/;
const HYPHEN = /[-‐‑–]/;
/** Beyond any count or budget in the news: a run of digits, not a number. */
const MAX_VALUE = 1e15;

export function parseNumber(tokens: readonly Token[], i: number, words: QuantityWords): ParsedNumber | null {
  const t = tokens[i];
  if (!t) return null;
  return parseDigits(tokens, i, words) ?? parseRange(t, i) ?? parseWords(tokens, i, words);
}

function parseDigits(tokens: readonly Token[], i: number, words: QuantityWords): ParsedNumber | null {
  const m = DIGITS.exec(tokens[i]!.text);
  if (!m) return null;
  const suffix = m[3]!.toLowerCase();
  const suffixScale = suffix ? words.scaleSuffixes.get(suffix) : 1;
  if (suffixScale === undefined) return null;
  const base = Number(m[1]!.replace(/,/g, "") + (m[2] ?? ""));
  if (base > MAX_VALUE) return null;
  const after = suffix ? { scale: 1, to: i + 1 } : readScaleWords(tokens, i + 1, words);
  const scale = suffixScale * after.scale;
  const yearLike = scale === 1 && !m[2] && YEAR.test(m[1]!);
  return {
    value: scaled(base, scale),
    from: i,
    to: after.to,
    scale,
    yearLike,
    bareOne: false,
    rangeEnd: null,
  };
}

/** "5-7 systems": the guide reads a range as its lower bound. Year spans ("2022-2023") are no range. */
function parseRange(t: Token, i: number): ParsedNumber | null {
  const m = RANGE.exec(t.text);
  if (!m || YEAR.test(m[1]!)) return null;
  const [low, high] = [Number(m[1]), Number(m[2])];
  if (high <= low) return null;
  return { value: low, from: i, to: i + 1, scale: 1, yearLike: false, bareOne: false, rangeEnd: high };
}

/** "a million", "half a million", "two dozen", "twenty-five", "three hundred thousand". */
function parseWords(tokens: readonly Token[], i: number, words: QuantityWords): ParsedNumber | null {
  let k = i;
  let fraction = 1;
  const frac = words.fractions.get(tokens[k]?.key ?? "");
  if (frac !== undefined && isArticle(tokens[k + 1])) {
    fraction = frac;
    k++;
  }
  let total = 0;
  let maxScale = 1;
  let current = isArticle(tokens[k]) && isMultiplier(tokens[k + 1], words) ? 1 : 0;
  if (current) k++;
  const start = k;
  for (; k < tokens.length; k++) {
    const key = tokens[k]!.key;
    const scale = words.scales.get(key);
    if (scale !== undefined) {
      total += (current || 1) * scale;
      maxScale = Math.max(maxScale, scale);
      current = 0;
      continue;
    }
    const value = wordValue(tokens[k]!, words);
    if (value === null) break;
    current = value === 100 || value === 12 ? (current || 1) * value : current + value;
  }
  if (k === start) return null;
  const value = Math.round((total + current) * fraction);
  const bareOne = k === start + 1 && tokens[start]!.key === "one";
  return { value, from: i, to: k, scale: maxScale, yearLike: false, bareOne, rangeEnd: null };
}

function wordValue(t: Token, words: QuantityWords): number | null {
  const direct = words.numberWords.get(t.key);
  if (direct !== undefined) return direct;
  // "twenty-five": every part a number word.
  if (!HYPHEN.test(t.text)) return null;
  let sum = 0;
  for (const part of t.text.toLowerCase().split(HYPHEN)) {
    const v = words.numberWords.get(part);
    if (v === undefined) return null;
    sum += v;
  }
  return sum;
}

function readScaleWords(
  tokens: readonly Token[],
  k: number,
  words: QuantityWords,
): { scale: number; to: number } {
  let scale = 1;
  for (
    let s = words.scales.get(tokens[k]?.key ?? "");
    s !== undefined;
    s = words.scales.get(tokens[k]?.key ?? "")
  ) {
    scale *= s;
    k++;
  }
  return { scale, to: k };
}

function isArticle(t: Token | undefined): boolean {
  return t?.key === "a" || t?.key === "an";
}

function isMultiplier(t: Token | undefined, words: QuantityWords): boolean {
  if (!t) return false;
  const v = words.numberWords.get(t.key);
  return words.scales.has(t.key) || v === 100 || v === 12;
}

/** 1.7 × 1e9 is 1700000000.0000002 in floating point; counts and sums are whole. */
function scaled(base: number, scale: number): number {
  return scale === 1 ? base : Math.round(base * scale);
}
