// Compiles lexicons/quantities.yaml: number words, scales, qualifiers, currencies and units.
import { z } from "zod";
import type { Qualifier, QuantityUnit } from "../core/model.js";
import { PhraseMatcher } from "../nlp/phrase-matcher.js";
import { tokenize, tokenKey } from "../nlp/tokenize.js";
import { parsePart } from "./parse-part.js";

export const QUANTITIES_FILE = "quantities.yaml";

export type Currency = Extract<QuantityUnit, "USD" | "EUR" | "GBP">;

export interface QuantityWords {
  /** Token key → value ("twenty" → 20, "hundred" → 100, "dozen" → 12). */
  numberWords: ReadonlyMap<string, number>;
  scales: ReadonlyMap<string, number>;
  scaleSuffixes: ReadonlyMap<string, number>;
  fractions: ReadonlyMap<string, number>;
  qualifiers: PhraseMatcher<Qualifier>;
  vagueCounts: PhraseMatcher<true>;
  currencyBefore: PhraseMatcher<Currency>;
  currencyAfter: PhraseMatcher<Currency>;
  /** Currency words that are money only with a scale ("500 million pounds", not "500 pounds"). */
  needsScale: ReadonlySet<string>;
  otherCurrency: PhraseMatcher<true>;
  units: PhraseMatcher<QuantityUnit>;
  notCounts: PhraseMatcher<true>;
  /** Token keys after which a number is a label ("Resolution 2231"). */
  notAfter: ReadonlySet<string>;
  /** Keys of the words a quantity can start with, besides digits: a cheap first test per token. */
  startKeys: ReadonlySet<string>;
}

const QUALIFIERS = ["exact", "about", "more_than", "at_least", "less_than", "up_to"] as const;
const CURRENCY = z.enum(["USD", "EUR", "GBP"]);
const UNIT = z.enum(["items", "USD", "EUR", "GBP", "tons", "containers", "barrels"]);
const numbers = z.record(z.string(), z.number().positive());

const QuantitiesFile = z.object({
  number_words: numbers,
  scales: numbers,
  scale_suffixes: numbers,
  fractions: numbers,
  qualifiers: z.partialRecord(z.enum(QUALIFIERS), z.array(z.string())),
  vague_counts: z.array(z.string()),
  currencies: z.object({
    before: z.record(z.string(), CURRENCY),
    after: z.record(z.string(), CURRENCY),
    needs_scale: z.array(z.string()),
    other: z.array(z.string()),
  }),
  units: z.record(z.string(), UNIT),
  not_counts: z.array(z.string()),
  not_after: z.array(z.string()),
});

export function compileQuantityWords(raw: unknown): QuantityWords {
  const data = parsePart(QuantitiesFile, raw, QUANTITIES_FILE);
  const qualifiers = Object.entries(data.qualifiers).flatMap(([q, phrases]) =>
    (phrases ?? []).map((phrase) => ({ phrase, value: q as Qualifier })),
  );
  const startPhrases = [
    ...Object.keys(data.number_words),
    ...Object.keys(data.fractions),
    ...qualifiers.map((q) => q.phrase),
    ...data.vague_counts,
    ...Object.keys(data.currencies.before),
    ...data.currencies.other,
    ...["a", "an"],
  ];
  return {
    startKeys: firstKeys(startPhrases),
    numberWords: keyed(data.number_words),
    scales: keyed(data.scales),
    scaleSuffixes: keyed(data.scale_suffixes),
    fractions: keyed(data.fractions),
    qualifiers: new PhraseMatcher(qualifiers),
    vagueCounts: flags(data.vague_counts),
    currencyBefore: valued(data.currencies.before),
    currencyAfter: valued(data.currencies.after),
    needsScale: new Set(data.currencies.needs_scale.map(tokenKey)),
    otherCurrency: flags(data.currencies.other),
    units: valued(data.units),
    notCounts: flags(data.not_counts),
    notAfter: new Set(data.not_after.map(tokenKey)),
  };
}

/** The key of each phrase's first token ("more than" → "more", "US$" → "us"). */
export function firstKeys(phrases: readonly string[]): Set<string> {
  return new Set(phrases.map((p) => tokenize(p)[0]?.key ?? ""));
}

function keyed(record: Record<string, number>): Map<string, number> {
  return new Map(Object.entries(record).map(([k, v]) => [tokenKey(k), v]));
}

function valued<T>(record: Record<string, T>): PhraseMatcher<T> {
  return new PhraseMatcher(Object.entries(record).map(([phrase, value]) => ({ phrase, value })));
}

function flags(phrases: readonly string[]): PhraseMatcher<true> {
  return new PhraseMatcher(phrases.map((phrase) => ({ phrase, value: true as const })));
}
