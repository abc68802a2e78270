// Which reader a file needs: by extension first, then by looking at how the content starts.
import { extname } from "node:path";

export type Format = "text" | "html" | "json" | "jsonl" | "feed";

const FORMAT_OF_EXTENSION: Record<string, Format> = {
  ".txt": "text",
  ".text": "text",
  ".md": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".rss": "feed",
  ".atom": "feed",
};

/** The format an extension promises, or null (".xml" may be a feed or anything: sniff it). */
export function formatFromPath(path: string): Format | null {
  return FORMAT_OF_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** Extensions the folder walk reads; everything else in a folder is skipped. */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set([...Object.keys(FORMAT_OF_EXTENSION), ".xml"]);

/** How much of the start is looked at: enough for an XML prolog, comments and a doctype. */
const SNIFF_LENGTH = 2048;

/** "<rss", "<feed", "<rdf:RDF" → feed; "<!doctype html", "<html" → html; "{"/"[" → JSON. */
export function sniffFormat(content: string): Format {
  const start = content.slice(0, SNIFF_LENGTH).trimStart().toLowerCase();
  if (start.startsWith("{") || start.startsWith("[")) return looksLikeJsonLines(content) ? "jsonl" : "json";
  if (!start.startsWith("<")) return "text";
  if (/<(?:rss|feed|rdf:rdf)[\s>]/.test(start)) return "feed";
  if (/<(?:!doctype html|html|head|body|article|p|div)[\s>]/.test(start)) return "html";
  // Other XML is read as a feed so that the error says what is wrong with it.
  return start.startsWith("<?xml") ? "feed" : "text";
}

/** Two or more lines that each start a JSON object: `{"text": …}\n{"text": …}`. */
function looksLikeJsonLines(content: string): boolean {
  const firstBreak = content.indexOf("\n", content.indexOf("{"));
  if (firstBreak < 0) return false;
  const firstLine = content.slice(0, firstBreak).trim();
  const rest = content.slice(firstBreak + 1, firstBreak + 1 + SNIFF_LENGTH).trimStart();
  return firstLine.startsWith("{") && firstLine.endsWith("}") && rest.startsWith("{");
}

/**
 * The format of a file: its extension decides, except that JSON and JSON Lines are told apart by
 * content (exports name JSON Lines ".json" often enough), and unknown extensions are sniffed.
 */
export function detectFormat(path: string, content: string): Format {
  const byExtension = formatFromPath(path);
  if (byExtension === "json" || byExtension === "jsonl") {
    const sniffed = sniffFormat(content);
    return sniffed === "json" || sniffed === "jsonl" ? sniffed : byExtension;
  }
  return byExtension ?? sniffFormat(content);
}
