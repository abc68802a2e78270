// http(s) inputs: a feed URL yields its items (teasers replaced by their linked page), a page URL
// its article.
import type { SourceDocument } from "../core/model.js";
import { detectFormat, type Format, sniffFormat } from "./detect-format.js";
import { withParseErrors } from "./errors.js";
import { parseFeed } from "./feed.js";
import type { FetchedPage, Fetcher } from "./fetch.js";
import { parseHtmlPage } from "./html.js";
import { attempt, failure, type InputResult } from "./input-result.js";
import { parseInput } from "./parse-input.js";

export const URL_SPEC = /^https?:\/\//i;

/** A feed URL yields its items (teasers replaced by their linked page); a page URL its article. */
export async function* collectUrl(
  url: string,
  fetcher: Fetcher,
  signal?: AbortSignal,
): AsyncGenerator<InputResult> {
  let page: FetchedPage;
  try {
    page = await fetcher.fetchText(url, signal);
  } catch (err) {
    yield failure(url, err);
    return;
  }
  const format = formatOfPage(page);
  if (format !== "feed") {
    yield* attempt(url, async () => parseInput(page.text, url, format).map((d) => withUrl(d, page.url)));
    return;
  }
  let items: ReturnType<typeof parseFeed>;
  try {
    items = withParseErrors(url, () => parseFeed(page.text, url));
  } catch (err) {
    yield failure(url, err);
    return;
  }
  for (const item of items) {
    if (signal?.aborted) return;
    if (item.teaser && item.link && URL_SPEC.test(item.link))
      yield* collectTeaserPage(item.doc, item.link, fetcher, signal);
    else yield { ok: true, doc: item.doc };
  }
}

/**
 * A feed item that is only a teaser ("Officials said on Friday… Read more"): the linked page is
 * fetched and its article used, with the item's title, outlet and date where the page has none.
 * When the page cannot be read, the failure is reported and the teaser kept, as better than nothing.
 */
async function* collectTeaserPage(
  teaser: SourceDocument,
  link: string,
  fetcher: Fetcher,
  signal?: AbortSignal,
): AsyncGenerator<InputResult> {
  try {
    const page = await fetcher.fetchText(link, signal);
    const fallback = {
      title: teaser.meta.title,
      outlet: teaser.meta.outlet,
      url: link,
      published: teaser.meta.published,
    };
    const doc = withParseErrors(link, () => parseHtmlPage(page.text, link, fallback));
    yield { ok: true, doc: doc.text.length > 0 ? doc : teaser };
  } catch (err) {
    yield failure(link, err, " (the feed's teaser is kept instead)");
    yield { ok: true, doc: teaser };
  }
}

/** "application/rss+xml" → feed, "text/html" → html; otherwise the content decides. */
function formatOfPage(page: FetchedPage): Format {
  const type = page.contentType.toLowerCase();
  const sniffed = sniffFormat(page.text);
  if (/rss|atom/.test(type) || sniffed === "feed") return "feed";
  if (type.includes("html")) return "html";
  if (type.includes("json")) return sniffed === "jsonl" ? "jsonl" : "json";
  return detectFormat(new URL(page.url).pathname, page.text);
}

function withUrl(doc: SourceDocument, url: string): SourceDocument {
  return doc.meta.url ? doc : { ...doc, meta: { ...doc.meta, url } };
}
