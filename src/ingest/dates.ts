// Publication dates as metadata gives them → ISO "YYYY-MM-DD", or null. The calendar date is taken
// as written (the outlet's own day), not shifted to UTC: "2023-11-02T23:30:00-05:00" → 2023-11-02.

/** "2023-11-02", "2023-11-02T10:00:00Z", "2023/11/02". */
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d])/;
/** RFC 822 in feeds and "2 November 2023": "Thu, 02 Nov 2023 10:00:00 GMT". */
const DAY_MONTH_YEAR = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;
/** "November 2, 2023", "Nov. 2 2023", "Thursday, November 2, 2023". */
const MONTH_DAY_YEAR = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
/** Epoch seconds or milliseconds, as some JSON exports carry: 1698919200. */
const EPOCH_SECONDS_FROM = 1e8;

/** Month names; a word is a month when it is a prefix of one ("Nov", "Sept", "November"). */
const MONTH_NAMES =
  "january february march april may june july august september october november december".split(" ");

export function normaliseDate(value: unknown): string | null {
  if (typeof value === "number") return fromEpoch(value);
  if (typeof value !== "string") return null;
  const text = value.trim().slice(0, 80);
  const iso = ISO_DATE.exec(text);
  if (iso) return toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return toIsoDate(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return toIsoDate(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2]));
  if (/^\d{9,13}$/.test(text)) return fromEpoch(Number(text));
  return null;
}

function fromEpoch(value: number): string | null {
  if (!Number.isFinite(value) || value < EPOCH_SECONDS_FROM) return null;
  const ms = value < 1e11 ? value * 1000 : value;
  return new Date(ms).toISOString().slice(0, 10);
}

/** 1-12, or 0 when the word is not a month name ("Marching" is not March). */
function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  if (lower.length < 3) return 0;
  return MONTH_NAMES.findIndex((name) => name.startsWith(lower)) + 1;
}

function toIsoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1800 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
