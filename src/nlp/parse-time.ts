// The grammar of time expressions over word tokens: an optional cue ("since", "by", "in", "on")
// and a core ("Thursday", "Oct. 13", "13 October 2023", "last week", "earlier this year",
// "three days ago", "mid-2023", "2023-08-14"). A cue with no date after it is no time.
import type { CueKind, TimeWords } from "../lexicon/time-words.js";
import { readMonthDate, readYear } from "./parse-calendar-date.js";
import type { DateExpr } from "./resolve-date.js";
import type { Token } from "./tokenize.js";

export interface ParsedTime {
  to: number;
  /** The cue as written, lower case ("since", "by the end of"), or null. */
  cue: string | null;
  cueKind: CueKind;
  expr: DateExpr;
}

interface Core {
  to: number;
  expr: DateExpr;
  /** The relative word that leads the core ("last", "earlier this"), kept as a cue. */
  lead?: string;
}

/** The longest time expression starting at token `i`. */
export function parseTimeAt(
  tokens: readonly Token[],
  i: number,
  words: TimeWords,
  numberWords: ReadonlyMap<string, number>,
): ParsedTime | null {
  let best: ParsedTime | null = null;
  const vague = words.vague.longestAt(tokens, i);
  if (vague) best = { to: vague.to, cue: null, cueKind: "point", expr: { kind: "vague" } };
  for (const cue of words.cues.matchAt(tokens, i)) {
    const core = parseCore(tokens, cue.to, words, numberWords, true);
    if (core && (!best || core.to > best.to)) {
      const text = tokens
        .slice(i, cue.to)
        .map((t) => t.text.toLowerCase())
        .join(" ");
      best = {
        to: core.to,
        cue: core.lead ? `${text} ${core.lead}` : text,
        cueKind: cue.value,
        expr: core.expr,
      };
    }
  }
  const bare = best ? null : parseCore(tokens, i, words, numberWords, false);
  return bare ? { to: bare.to, cue: bare.lead ?? null, cueKind: "point", expr: bare.expr } : best;
}

function parseCore(
  tokens: readonly Token[],
  j: number,
  words: TimeWords,
  numberWords: ReadonlyMap<string, number>,
  cued: boolean,
): Core | null {
  return (
    readPartial(tokens, j, words) ??
    readRelative(tokens, j, words) ??
    readAgo(tokens, j, words, numberWords) ??
    readWeekday(tokens, j, words) ??
    readMonthDate(tokens, j, words) ??
    (cued ? readYear(tokens, j) : null)
  );
}

/** "earlier this year", "later this month". */
function readPartial(tokens: readonly Token[], j: number, words: TimeWords): Core | null {
  const m = words.earlierLater.longestAt(tokens, j);
  const period = m && words.periods.get(tokens[m.to]?.key ?? "");
  if (!m || !period) return null;
  return { to: m.to + 1, expr: { kind: "partial", period, part: m.value }, lead: leadOf(tokens, m) };
}

/** "last week", "next year", "last Thursday", "this past April", "last June". */
function readRelative(tokens: readonly Token[], j: number, words: TimeWords): Core | null {
  for (const m of words.relative.matchAt(tokens, j)) {
    const t = tokens[m.to];
    if (!t) continue;
    const period = words.periods.get(t.key);
    const lead = leadOf(tokens, m);
    if (period) return { to: m.to + 1, expr: { kind: "period", period, shift: m.value }, lead };
    const weekday = words.weekdays.get(t.text);
    if (weekday) return { to: m.to + 1, expr: { kind: "weekday", weekday, shift: m.value }, lead };
    const month = words.months.get(t.text);
    if (month)
      return { to: m.to + 1, expr: { kind: "date", year: null, month, day: null, shift: m.value }, lead };
  }
  return null;
}

const SMALL_NUMBER = /^\d{1,3}$/;

/** "yesterday", "three days ago", "a week ago", "2 years ago". */
function readAgo(
  tokens: readonly Token[],
  j: number,
  words: TimeWords,
  numberWords: ReadonlyMap<string, number>,
): Core | null {
  const t = tokens[j];
  if (!t) return null;
  const days = words.dayWords.get(t.key);
  if (days !== undefined) return { to: j + 1, expr: { kind: "ago", n: -days, unit: "day" } };
  const n =
    t.key === "a" || t.key === "an" ? 1 : SMALL_NUMBER.test(t.text) ? Number(t.text) : numberWords.get(t.key);
  const unit = words.agoUnits.get(tokens[j + 1]?.key ?? "");
  if (n === undefined || !unit || !words.agoWords.has(tokens[j + 2]?.key ?? "")) return null;
  return { to: j + 3, expr: { kind: "ago", n, unit } };
}

/** "Thursday", or "Wednesday, Oct. 4" where the date that follows is the more precise. */
function readWeekday(tokens: readonly Token[], j: number, words: TimeWords): Core | null {
  const weekday = words.weekdays.get(tokens[j]?.text ?? "");
  if (!weekday) return null;
  const after = tokens[j + 1]?.text === "," ? j + 2 : j + 1;
  const date = readMonthDate(tokens, after, words);
  if (date && date.expr.kind === "date" && date.expr.day !== null) return date;
  return { to: j + 1, expr: { kind: "weekday", weekday, shift: 0 } };
}

function leadOf(tokens: readonly Token[], m: { from: number; to: number }): string {
  return tokens
    .slice(m.from, m.to)
    .map((t) => t.text.toLowerCase())
    .join(" ");
}
