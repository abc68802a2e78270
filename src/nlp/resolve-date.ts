// Calendar arithmetic for time expressions, anchored on the publication date. Dates keep the
// precision the text gives: "August" is "2023-08", never a made-up "2023-08-01".
import type { Period, Shift } from "../lexicon/time-words.js";

export type DateExpr =
  /** "13 October 2023", "in September", "last June" (shift -1), "next March" (shift 1). */
  | { kind: "date"; year: number | null; month: number | null; day: number | null; shift: Shift | null }
  /** "Thursday" (shift 0: on or before publication), "last Thursday", "next Thursday". */
  | { kind: "weekday"; weekday: number; shift: Shift }
  /** "last week", "this month", "next year". */
  | { kind: "period"; period: Period; shift: Shift }
  /** "earlier this year", "later this month". */
  | { kind: "partial"; period: Period; part: "earlier" | "later" }
  /** "yesterday", "three days ago", "two years ago". */
  | { kind: "ago"; n: number; unit: Period }
  /** "recently", "so far": no date to give. */
  | { kind: "vague" };

export interface Interval {
  start: string;
  end: string;
  precision: "day" | "month" | "year" | "range";
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const DAY_MS = 86_400_000;

export function parsePublished(published: string | null): Ymd | null {
  const m = published ? ISO_DAY.exec(published) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/** The dates an expression stands for, or null when it needs an anchor it does not have. */
export function resolveDate(expr: DateExpr, pub: Ymd | null): Interval | null {
  if (expr.kind === "date" && expr.year !== null) return dateInterval(expr.year, expr.month, expr.day);
  if (!pub || expr.kind === "vague") return null;
  switch (expr.kind) {
    case "date":
      return dateInterval(yearFor(expr.month ?? 1, expr.day ?? 1, expr.shift, pub), expr.month, expr.day);
    case "weekday":
      return point(iso(addDays(pub, weekdayOffset(isoWeekday(pub), expr.weekday, expr.shift))));
    case "period":
      return periodInterval(pub, expr.period, expr.shift);
    case "partial":
      return partialInterval(pub, expr.period, expr.part);
    case "ago":
      return periodInterval(pub, expr.unit, -expr.n);
  }
}

/** A date without a year is the most recent one not after publication ("in September"). */
function yearFor(month: number, day: number, shift: Shift | null, pub: Ymd): number {
  if (shift === 1) return month > pub.m ? pub.y : pub.y + 1;
  if (shift === -1) return month < pub.m ? pub.y : pub.y - 1;
  if (shift === 0) return pub.y;
  return month < pub.m || (month === pub.m && day <= pub.d) ? pub.y : pub.y - 1;
}

function weekdayOffset(pubWeekday: number, weekday: number, shift: Shift): number {
  const back = (pubWeekday - weekday + 7) % 7;
  if (shift === 1) return (weekday - pubWeekday + 7) % 7 || 7;
  if (shift === -1) return -(back || 7);
  return -back;
}

/** A period `shift` steps from the one holding publication: last week is Monday to Sunday. */
function periodInterval(pub: Ymd, period: Period, shift: number): Interval {
  if (period === "day") return point(iso(addDays(pub, shift)));
  if (period === "week") {
    const monday = addDays(pub, 1 - isoWeekday(pub) + 7 * shift);
    return range(iso(monday), iso(addDays(monday, 6)));
  }
  if (period === "month") {
    const index = pub.y * 12 + (pub.m - 1) + shift;
    return dateInterval(Math.floor(index / 12), (index % 12) + 1, null);
  }
  return dateInterval(pub.y + shift, null, null);
}

function partialInterval(pub: Ymd, period: Period, part: "earlier" | "later"): Interval {
  const whole = periodInterval(pub, period, 0);
  const first = period === "week" ? whole.start : `${whole.start}${period === "month" ? "-01" : "-01-01"}`;
  const last = period === "week" ? whole.end : lastDayOf(pub, period);
  return part === "earlier" ? range(first, iso(pub)) : range(iso(pub), last);
}

function lastDayOf(pub: Ymd, period: Period): string {
  if (period === "year") return `${pub.y}-12-31`;
  const next = new Date(Date.UTC(pub.y, pub.m, 1) - DAY_MS);
  return iso({ y: next.getUTCFullYear(), m: next.getUTCMonth() + 1, d: next.getUTCDate() });
}

function dateInterval(y: number, m: number | null, d: number | null): Interval {
  if (m === null) return { start: `${y}`, end: `${y}`, precision: "year" };
  if (d === null) return { start: `${y}-${pad(m)}`, end: `${y}-${pad(m)}`, precision: "month" };
  return point(iso({ y, m, d }));
}

function point(day: string): Interval {
  return { start: day, end: day, precision: "day" };
}

function range(start: string, end: string): Interval {
  return { start, end, precision: "range" };
}

function addDays(from: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(from.y, from.m - 1, from.d) + days * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 1 Monday … 7 Sunday. */
function isoWeekday(pub: Ymd): number {
  return new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay() || 7;
}

function iso({ y, m, d }: Ymd): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
