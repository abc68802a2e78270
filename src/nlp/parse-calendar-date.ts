// Calendar dates as written: "October 13", "Oct. 13", "Jan 9, 2024", "13 October 2023",
// "13th of October", "August 2023", "September", "mid-2023", "2023-08-14", and after a cue a
// bare year ("in 2022").
import type { TimeWords } from "../lexicon/time-words.js";
import type { DateExpr } from "./resolve-date.js";
import type { Token } from "./tokenize.js";

interface Core {
  to: number;
  expr: DateExpr;
}

const DAY = /^([12]?\d|3[01])(?:st|nd|rd|th)?$/;
const YEAR = /^(?:19|20)\d\d$/;
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const MID = /^mid[-‐‑–](\p{L}+|\d{4})$/iu;

export function readMonthDate(tokens: readonly Token[], j: number, words: TimeWords): Core | null {
  return (
    readMonthFirst(tokens, j, words) ??
    readDayFirst(tokens, j, words) ??
    readIso(tokens, j) ??
    readMid(tokens, j, words)
  );
}

export function readYear(tokens: readonly Token[], j: number): Core | null {
  const t = tokens[j];
  if (!t || !YEAR.test(t.text)) return null;
  return { to: j + 1, expr: date(Number(t.text), null, null) };
}

/** "October 13, 2023", "Oct. 13", "August 2023", "September". */
function readMonthFirst(tokens: readonly Token[], j: number, words: TimeWords): Core | null {
  const month = readMonthName(tokens, j, words);
  if (!month) return null;
  const dayToken = tokens[month.to];
  const day = dayToken && DAY.exec(dayToken.text);
  if (day && Number(day[1]) > 0) {
    const afterComma = tokens[month.to + 1]?.text === "," ? month.to + 2 : month.to + 1;
    const year = readYear(tokens, afterComma);
    const y = year && year.expr.kind === "date" ? year.expr.year : null;
    return { to: year?.to ?? month.to + 1, expr: date(y, month.month, Number(day[1])) };
  }
  const year = readYear(tokens, month.to);
  if (year && year.expr.kind === "date")
    return { to: year.to, expr: date(year.expr.year, month.month, null) };
  if (month.abbreviated) return null;
  return { to: month.to, expr: date(null, month.month, null) };
}

/** "13 October", "13th of October 2023". */
function readDayFirst(tokens: readonly Token[], j: number, words: TimeWords): Core | null {
  const day = DAY.exec(tokens[j]?.text ?? "");
  if (!day || Number(day[1]) === 0) return null;
  const at = tokens[j + 1]?.key === "of" ? j + 2 : j + 1;
  const month = readMonthName(tokens, at, words);
  if (!month) return null;
  const year = readYear(tokens, month.to);
  const y = year && year.expr.kind === "date" ? year.expr.year : null;
  return { to: year?.to ?? month.to, expr: date(y, month.month, Number(day[1])) };
}

/** A month name; an abbreviation only before "." or a number ("Oct. 13"), so "Jan Novak" is no date. */
function readMonthName(
  tokens: readonly Token[],
  j: number,
  words: TimeWords,
): { month: number; to: number; abbreviated: boolean } | null {
  const t = tokens[j];
  if (!t) return null;
  const full = words.months.get(t.text);
  if (full) return { month: full, to: j + 1, abbreviated: false };
  const short = words.monthAbbreviations.get(t.text);
  if (!short) return null;
  if (tokens[j + 1]?.text === ".") return { month: short, to: j + 2, abbreviated: false };
  return /^\d/.test(tokens[j + 1]?.text ?? "") ? { month: short, to: j + 1, abbreviated: true } : null;
}

function readIso(tokens: readonly Token[], j: number): Core | null {
  const m = ISO.exec(tokens[j]?.text ?? "");
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  return { to: j + 1, expr: date(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null) };
}

/** "mid-2023", "mid-October". */
function readMid(tokens: readonly Token[], j: number, words: TimeWords): Core | null {
  const m = MID.exec(tokens[j]?.text ?? "");
  if (!m) return null;
  if (YEAR.test(m[1]!)) return { to: j + 1, expr: date(Number(m[1]), null, null) };
  const month = words.months.get(m[1]!);
  return month ? { to: j + 1, expr: date(null, month, null) } : null;
}

function date(year: number | null, month: number | null, day: number | null): DateExpr {
  return { kind: "date", year, month, day, shift: null };
}
