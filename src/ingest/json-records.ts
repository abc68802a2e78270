// JSON (one record or an array of records) and JSON Lines, one record per line:
//   {"id": "a1", "title": "…", "text": "…", "outlet": "…", "published": "2023-11-02"}
// Offsets are into the record's text value as decoded, since JSON escapes ("\n", "\u00e9")
// make the raw file offsets useless to a reader.
import type { SourceDocument } from "../core/model.js";
import { normaliseDate } from "./dates.js";
import { documentFromExtractedText, documentFromSlice, type PartialMeta } from "./document.js";
import { InputError, oneLine } from "./errors.js";
import { htmlFragmentToText } from "./html-text.js";

const TEXT_KEYS = ["text", "body", "content"] as const;
/** Text that opens with a block tag is HTML, and its offsets are into the extracted text. */
const LOOKS_LIKE_HTML = /^\s{0,100}<(?:p|div|article|section|h[1-6]|figure|blockquote|ul)[\s>]/i;
const DATE_KEYS = ["published", "date", "datePublished", "published_at"] as const;

export function parseJsonRecords(content: string, origin: string): SourceDocument[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (err) {
    throw new InputError(origin, `malformed JSON (${oneLine(err)})`);
  }
  const records = Array.isArray(parsed) ? parsed : [parsed];
  return records.map((record, i) =>
    recordToDocument(record, origin, records.length > 1 ? `record ${i + 1}` : "record"),
  );
}

export function parseJsonLines(content: string, origin: string): SourceDocument[] {
  const docs: SourceDocument[] = [];
  let lineNo = 0;
  for (let pos = 0; pos < content.length; ) {
    const end = content.indexOf("\n", pos);
    const lineEnd = end < 0 ? content.length : end;
    const line = content.slice(pos, lineEnd).trim();
    lineNo++;
    pos = lineEnd + 1;
    if (line === "") continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (err) {
      throw new InputError(origin, `malformed JSON on line ${lineNo} (${oneLine(err)})`);
    }
    docs.push(recordToDocument(record, origin, `line ${lineNo}`));
  }
  return docs;
}

function recordToDocument(record: unknown, origin: string, where: string): SourceDocument {
  if (!record || typeof record !== "object" || Array.isArray(record)) {
    throw new InputError(origin, `${where} is not a JSON object`);
  }
  const fields = record as Record<string, unknown>;
  const textKey = TEXT_KEYS.find((key) => typeof fields[key] === "string");
  if (!textKey)
    throw new InputError(origin, `${where} has no text (expected a "text", "body" or "content" string)`);
  const text = fields[textKey] as string;
  const dateKey = DATE_KEYS.find((key) => fields[key] !== undefined && fields[key] !== null);
  const meta: PartialMeta = {
    id: scalarString(fields.id),
    title: scalarString(fields.title),
    outlet: scalarString(fields.outlet) ?? scalarString(fields.source),
    url: scalarString(fields.url) ?? scalarString(fields.link),
    published: dateKey ? normaliseDate(fields[dateKey]) : null,
  };
  // Scraper exports often keep the article's HTML: {"content": "<p>Tanks were sent.</p>"}.
  if (LOOKS_LIKE_HTML.test(text)) return documentFromExtractedText(htmlFragmentToText(text), meta, origin);
  return documentFromSlice(text, 0, text.length, meta, origin);
}

/** Ids may be numbers in exports ("id": 42); other non-strings are ignored. */
function scalarString(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}
