// Compiles lexicons/times.yaml: month and weekday names, cue words, relative and vague phrases.
import { z } from "zod";
import { PhraseMatcher } from "../nlp/phrase-matcher.js";
import { tokenKey } from "../nlp/tokenize.js";
import { parsePart } from "./parse-part.js";
import { firstKeys } from "./quantity-words.js";

export const TIMES_FILE = "times.yaml";

/** How a cue bounds the date after it: "since August" opens a range, "by October" closes one. */
export type CueKind = "since" | "until" | "after" | "point";
export type Period = "day" | "week" | "month" | "year";
/** -1 last, 0 this, +1 next. */
export type Shift = -1 | 0 | 1;

export interface TimeWords {
  /** Capitalised name → month number; matched on the exact token text. */
  months: ReadonlyMap<string, number>;
  monthAbbreviations: ReadonlyMap<string, number>;
  weekdays: ReadonlyMap<string, number>;
  cues: PhraseMatcher<CueKind>;
  relative: PhraseMatcher<Shift>;
  /** Token key → period ("week", "month", "year"). */
  periods: ReadonlyMap<string, Period>;
  earlierLater: PhraseMatcher<"earlier" | "later">;
  dayWords: ReadonlyMap<string, number>;
  agoWords: ReadonlySet<string>;
  agoUnits: ReadonlyMap<string, Period>;
  vague: PhraseMatcher<true>;
  /** Keys of the words a time can start with, besides digits and names: a cheap first test. */
  startKeys: ReadonlySet<string>;
}

const PERIOD = z.enum(["day", "week", "month", "year"]);
const names = z.record(z.string(), z.number().int().min(1));
const phrases = z.array(z.string().min(1));

const TimesFile = z.object({
  months: names,
  month_abbreviations: names,
  weekdays: names,
  cues: z.object({ since: phrases, until: phrases, after: phrases, point: phrases }),
  relative: z.object({ last: phrases, this: phrases, next: phrases }),
  periods: z.record(z.string(), PERIOD),
  earlier: phrases,
  later: phrases,
  day_words: z.record(z.string(), z.number().int()),
  ago: phrases,
  ago_units: z.record(z.string(), PERIOD),
  vague: phrases,
});

export function compileTimeWords(raw: unknown): TimeWords {
  const data = parsePart(TimesFile, raw, TIMES_FILE);
  const cues = Object.entries(data.cues).flatMap(([kind, list]) =>
    list.map((phrase) => ({ phrase, value: kind as CueKind })),
  );
  const shifts: Array<[readonly string[], Shift]> = [
    [data.relative.last, -1],
    [data.relative.this, 0],
    [data.relative.next, 1],
  ];
  const startPhrases = [
    ...Object.values(data.cues).flat(),
    ...Object.values(data.relative).flat(),
    ...data.earlier,
    ...data.later,
    ...Object.keys(data.day_words),
    ...data.vague,
  ];
  return {
    startKeys: firstKeys(startPhrases),
    months: new Map(Object.entries(data.months)),
    monthAbbreviations: new Map(Object.entries(data.month_abbreviations)),
    weekdays: new Map(Object.entries(data.weekdays)),
    cues: new PhraseMatcher(cues),
    relative: new PhraseMatcher(shifts.flatMap(([list, value]) => list.map((phrase) => ({ phrase, value })))),
    periods: keyed(data.periods),
    earlierLater: new PhraseMatcher([
      ...data.earlier.map((phrase) => ({ phrase, value: "earlier" as const })),
      ...data.later.map((phrase) => ({ phrase, value: "later" as const })),
    ]),
    dayWords: keyed(data.day_words),
    agoWords: new Set(data.ago.map(tokenKey)),
    agoUnits: keyed(data.ago_units),
    vague: new PhraseMatcher(data.vague.map((phrase) => ({ phrase, value: true as const }))),
  };
}

function keyed<T>(record: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(record).map(([k, v]) => [tokenKey(k), v]));
}
