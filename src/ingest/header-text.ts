// Text with a header block: `key: value` lines, a `---` line, then the body. A leading `---`
// (Markdown front matter) is accepted too:
//   url: https://example.org/a
//   title: Ministry denies shipment
//   ---
//   The ministry said on Friday ...
import { normaliseDate } from "./dates.js";

export interface HeaderFields {
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  id: string | null;
}

export interface HeaderText {
  fields: HeaderFields;
  /** Offset in the content where the body begins (just after the `---` line). */
  bodyStart: number;
}

/** `key: value`; keys are short words ("published", "dataset", "source-url"). */
const HEADER_LINE = /^([A-Za-z][\w -]{0,30}):(.*)$/;
/** Headers longer than this are not headers but text that happens to hold colons. */
const MAX_HEADER_LINES = 40;
const MAX_HEADER_LINE_LENGTH = 2000;

/** Header keys mapped to the field they fill; other keys (dataset, licence) are ignored. */
const FIELD_OF_KEY: Record<string, keyof HeaderFields> = {
  url: "url",
  link: "url",
  title: "title",
  headline: "title",
  outlet: "outlet",
  publisher: "outlet",
  source: "outlet",
  published: "published",
  date: "published",
  id: "id",
};

/** "unknown", "unknown (not given by the dataset)", "n/a", "-" and empty values say nothing. */
const NO_VALUE = /^(?:unknown|n\/a|none|null|-)?(?:\s*\(.*)?$/i;

/** Splits off the header block, or returns null when the content does not start with one. */
export function parseHeaderText(content: string): HeaderText | null {
  let pos = content.startsWith("---\n") ? 4 : content.startsWith("---\r\n") ? 5 : 0;
  const fields: HeaderFields = { title: null, outlet: null, url: null, published: null, id: null };
  let recognised = 0;
  for (let n = 0; n < MAX_HEADER_LINES && pos < content.length; n++) {
    const lineEnd = nextLineEnd(content, pos);
    if (lineEnd - pos > MAX_HEADER_LINE_LENGTH) return null;
    const line = content.slice(pos, lineEnd).replace(/\r$/, "");
    const next = Math.min(content.length, lineEnd + 1);
    if (line.trim() === "---") return recognised > 0 ? { fields, bodyStart: next } : null;
    const kv = HEADER_LINE.exec(line);
    if (!kv) return null;
    const field = FIELD_OF_KEY[kv[1]!.trim().toLowerCase()];
    if (field) {
      recognised++;
      fields[field] ??= cleanValue(field, kv[2]!);
    }
    pos = next;
  }
  return null;
}

function cleanValue(field: keyof HeaderFields, raw: string): string | null {
  const value = raw.trim();
  if (NO_VALUE.test(value)) return null;
  return field === "published" ? normaliseDate(value) : value;
}

function nextLineEnd(content: string, from: number): number {
  const end = content.indexOf("\n", from);
  return end < 0 ? content.length : end;
}
