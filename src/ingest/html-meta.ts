// Article metadata from a page's <head>: og:/article: meta tags, the canonical link and
// JSON-LD (schema.org NewsArticle). Read before Readability runs, since it edits the document.
import { normaliseDate } from "./dates.js";
import type { PartialMeta } from "./document.js";

export function readHtmlMeta(document: Document): PartialMeta {
  const jsonLd = readJsonLd(document);
  const meta = (selector: string) =>
    document.querySelector(selector)?.getAttribute("content")?.trim() || null;
  return {
    title: meta('meta[property="og:title"]') ?? jsonLd.headline,
    outlet: meta('meta[property="og:site_name"]') ?? jsonLd.publisher,
    url:
      document.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
      meta('meta[property="og:url"]'),
    published: firstDate([
      meta('meta[property="article:published_time"]'),
      meta('meta[name="date"]'),
      meta('meta[name="pubdate"]'),
      meta('meta[itemprop="datePublished"]'),
      jsonLd.datePublished,
      document.querySelector("time[datetime]")?.getAttribute("datetime"),
    ]),
  };
}

interface JsonLdArticle {
  headline: string | null;
  publisher: string | null;
  datePublished: string | null;
}

/** The first JSON-LD object with a datePublished or headline, looking inside arrays and @graph. */
function readJsonLd(document: Document): JsonLdArticle {
  const found: JsonLdArticle = { headline: null, publisher: null, datePublished: null };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    for (const item of flattenJsonLd(parseJson(script.textContent ?? ""))) {
      found.headline ??= stringOf(item.headline);
      found.datePublished ??= stringOf(item.datePublished);
      const publisher = item.publisher as Record<string, unknown> | undefined;
      found.publisher ??= stringOf(publisher?.name);
    }
  }
  return found;
}

function flattenJsonLd(value: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(value)) return value.flatMap(flattenJsonLd);
  if (!value || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  return Array.isArray(record["@graph"]) ? [record, ...flattenJsonLd(record["@graph"])] : [record];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null; // Broken JSON-LD is common and only costs us a fallback field.
  }
}

function stringOf(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

function firstDate(candidates: Array<string | null | undefined>): string | null {
  for (const candidate of candidates) {
    const date = normaliseDate(candidate);
    if (date) return date;
  }
  return null;
}
