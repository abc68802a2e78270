// HTML pages: the article body via Readability (navigation, ads and footers dropped), metadata
// from the head. Pages too deep or too large for Readability fall back to the <body> text.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { SourceDocument } from "../core/model.js";
import { documentFromExtractedText, type PartialMeta } from "./document.js";
import { readHtmlMeta } from "./html-meta.js";
import { htmlFragmentToText, nodeToText } from "./html-text.js";

/** Readability recurses and scores every ancestor: 10,000 nested tags would take seconds, then overflow. */
const MAX_READABILITY_DEPTH = 150;
const MAX_READABILITY_ELEMENTS = 60_000;

/**
 * One HTML page → one document; `fallback` fills what the page does not say (a feed item's date).
 * Offsets are into the extracted article text (which is the body): there is no single meaningful
 * offset into markup.
 */
export function parseHtmlPage(html: string, origin: string, fallback: PartialMeta = {}): SourceDocument {
  const { document } = parseHTML(withBody(html));
  const head = readHtmlMeta(document);
  const documentTitle = document.querySelector("title")?.textContent?.trim() || null;
  const article = canUseReadability(document) ? readArticle(document) : null;
  const text = article?.text ?? (document.body ? nodeToText(stripChrome(document.body)) : "");
  const meta: PartialMeta = {
    // Readability's title has the " | Site" suffix of <title> trimmed off.
    title: head.title ?? article?.title ?? documentTitle ?? fallback.title,
    outlet: head.outlet ?? article?.siteName ?? fallback.outlet,
    url: head.url ?? fallback.url,
    published: head.published ?? fallback.published,
  };
  return documentFromExtractedText(text, meta, origin);
}

/**
 * linkedom does not imply <html> and <body> as browsers do: "<p>Tanks.</p>" would have no body.
 * Pages and fragments without a <body> tag get one (after </head> when there is a head).
 */
function withBody(html: string): string {
  if (/<body[\s>]/i.test(html)) return html;
  const headEnd = html.search(/<\/head\s*>/i);
  if (headEnd >= 0) {
    const afterHead = html.indexOf(">", headEnd) + 1;
    return `${html.slice(0, afterHead)}<body>${html.slice(afterHead).replace(/<\/html\s*>\s*$/i, "")}</body></html>`;
  }
  return `<!doctype html><html><head></head><body>${html}</body></html>`;
}

interface ReadableArticle {
  text: string;
  title: string | null;
  siteName: string | null;
}

function readArticle(document: Document): ReadableArticle | null {
  try {
    const parsed = new Readability(document, { maxElemsToParse: MAX_READABILITY_ELEMENTS }).parse();
    if (!parsed?.content) return null;
    return {
      text: htmlFragmentToText(parsed.content),
      title: parsed.title || null,
      siteName: parsed.siteName || null,
    };
  } catch {
    return null; // Readability gave up (too many elements): the body text fallback still works.
  }
}

/** Depth and size check by an iterative walk, so the check itself cannot overflow. */
function canUseReadability(document: Document): boolean {
  const stack: Array<[Element, number]> = document.documentElement ? [[document.documentElement, 1]] : [];
  let count = 0;
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth > MAX_READABILITY_DEPTH || ++count > MAX_READABILITY_ELEMENTS) return false;
    for (const child of element.children) stack.push([child, depth + 1]);
  }
  return true;
}

/** Without Readability, at least drop the page chrome around the text. */
function stripChrome(body: HTMLElement): HTMLElement {
  for (const el of body.querySelectorAll("nav, header, footer, aside, form")) el.remove();
  return body;
}
