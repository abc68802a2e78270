// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item becomes a document, its outlet the feed title.
// Item content is HTML turned into text; items that are only a teaser are flagged so that the
// collector can fetch the linked page for the full article.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { SourceDocument } from "../core/model.js";
import { normaliseDate } from "./dates.js";
import { documentFromExtractedText } from "./document.js";
import { InputError } from "./errors.js";
import { htmlFragmentToText } from "./html-text.js";

export interface FeedItem {
  doc: SourceDocument;
  /** The item's article page, if the feed links one. */
  link: string | null;
  /** True when the content looks like a teaser rather than the article ("… Read more"). */
  teaser: boolean;
}

/** Shorter than this, an item's text is a summary, not the article. */
export const TEASER_MAX_LENGTH = 400;
/** "…", "...", "[…]", "Read more", "Continue reading »" closing the text. */
const TEASER_ENDING = /(?:…|\.\.\.|\[…\]|\[\.\.\.\]|read more|continue reading)[\s\W]{0,5}$/i;

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

export function parseFeed(content: string, origin: string): FeedItem[] {
  const valid = XMLValidator.validate(content);
  if (valid !== true)
    throw new InputError(origin, `malformed feed XML (line ${valid.err.line}: ${valid.err.msg})`);
  let root: XmlNode;
  try {
    root = parser.parse(content) as XmlNode;
  } catch (err) {
    throw new InputError(origin, `malformed feed XML (${err instanceof Error ? err.message : String(err)})`);
  }
  const { channel, items } = locateItems(root, origin);
  const outlet = textOf(channel.title);
  return items.map((item) => toFeedItem(item, outlet, origin));
}

/** RSS 2.0: rss > channel > item; RSS 1.0: rdf:RDF > item; Atom: feed > entry. */
function locateItems(root: XmlNode, origin: string): { channel: XmlNode; items: XmlNode[] } {
  const rss = root.rss as XmlNode | undefined;
  if (rss) {
    const channel = (rss.channel ?? {}) as XmlNode;
    return { channel, items: nodes(channel.item) };
  }
  const rdf = root["rdf:RDF"] as XmlNode | undefined;
  if (rdf) return { channel: (rdf.channel ?? {}) as XmlNode, items: nodes(rdf.item) };
  const feed = root.feed as XmlNode | undefined;
  if (feed) return { channel: feed, items: nodes(feed.entry) };
  throw new InputError(origin, "XML file is not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)");
}

function toFeedItem(item: XmlNode, outlet: string | null, origin: string): FeedItem {
  const html =
    textOf(item["content:encoded"]) ??
    textOf(item.content) ??
    textOf(item.description) ??
    textOf(item.summary) ??
    "";
  const text = htmlFragmentToText(html);
  const link = linkOf(item.link);
  const title = textOf(item.title);
  const doc = documentFromExtractedText(
    text,
    {
      id: textOf(item.guid) ?? textOf(item.id),
      title: title?.includes("<") ? htmlFragmentToText(title) : title,
      outlet,
      url: link,
      published: normaliseDate(
        textOf(item.pubDate) ?? textOf(item["dc:date"]) ?? textOf(item.published) ?? textOf(item.updated),
      ),
    },
    link ?? origin,
  );
  return { doc, link, teaser: isTeaser(doc.text) };
}

export function isTeaser(text: string): boolean {
  return text.length < TEASER_MAX_LENGTH || TEASER_ENDING.test(text.slice(-40));
}

/** RSS: <link>https://…</link>; Atom: <link rel="alternate" href="https://…"/> among others. */
function linkOf(value: unknown): string | null {
  const links = nodes(value);
  const alternate = links.find((l) => l["@_rel"] === undefined || l["@_rel"] === "alternate");
  const chosen = alternate ?? links[0];
  if (!chosen) return null;
  return textOf(chosen["@_href"]) ?? textOf(chosen);
}

/** A tag's text, whether the parser gave a string or an object with attributes and #text. */
function textOf(value: unknown): string | null {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object") return textOf((value as XmlNode)["#text"]);
  return null;
}

/** Wraps a single node or a string in a list of nodes, so callers need not care which it was. */
function nodes(value: unknown): XmlNode[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.map((v) => (typeof v === "object" && v !== null ? (v as XmlNode) : { "#text": v }));
}
