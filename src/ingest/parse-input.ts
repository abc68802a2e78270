// Decoded content → documents, by format. Pure apart from reading the wire table once: the CLI,
// the store and the HTTP server (a pasted article) all call this.
import type { SourceDocument } from "../core/model.js";
import { type Format, sniffFormat } from "./detect-format.js";
import { documentFromSlice } from "./document.js";
import { parseFeed } from "./feed.js";
import { parseHeaderText } from "./header-text.js";
import { parseHtmlPage } from "./html.js";
import { parseJsonLines, parseJsonRecords } from "./json-records.js";

/** Parses content in the given format (sniffed when no hint). Throws InputError on malformed input. */
export function parseInput(content: string, origin: string, hint?: Format): SourceDocument[] {
  const format = hint ?? sniffFormat(content);
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
