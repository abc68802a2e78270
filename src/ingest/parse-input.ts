// Decoded content → documents, by format. Pure apart from reading the wire table once: the CLI,
// the store and the HTTP server (a pasted article) all call this.
import type { SourceDocument } from "../core/model.js";
import { type Format, sniffFormat } from "./detect-format.js";
import { documentFromSlice } from "./document.js";
import { withParseErrors } from "./errors.js";
import { parseFeed } from "./feed.js";
import { parseHeaderText } from "./header-text.js";
import { parseHtmlPage } from "./html.js";
import { parseJsonLines, parseJsonRecords } from "./json-records.js";

/**
 * Parses content in the given format (sniffed when no hint). Throws InputError, and only that,
 * on input it cannot read.
 */
export function parseInput(content: string, origin: string, hint?: Format): SourceDocument[] {
  return withParseErrors(origin, () => parseFormat(content, origin, hint ?? sniffFormat(content)));
}

function parseFormat(content: string, origin: string, format: Format): SourceDocument[] {
  switch (format) {
    case "html":
      return [parseHtmlPage(content, origin)];
    case "json":
      return parseJsonRecords(content, origin);
    case "jsonl":
      return parseJsonLines(content, origin);
    case "feed":
      return parseFeed(content, origin).map((item) => item.doc);
    case "text":
      return [parseText(content, origin)];
  }
}

/** Plain text, or text with a `key: value` header block ended by `---`. */
export function parseText(content: string, origin: string): SourceDocument {
  const header = parseHeaderText(content);
  if (!header) return documentFromSlice(content, 0, content.length, {}, origin);
  return documentFromSlice(content, header.bodyStart, content.length, header.fields, origin);
}
