// Corpus input for `armstrace ingest PATH…`: files, folders, globs, "-" and http(s) URLs of feeds
// and article pages, yielded one document at a time. A bad input is reported and skipped.
import type { SourceDocument } from "../core/model.js";
import { detectFormat, type Format, sniffFormat } from "./detect-format.js";
import { InputError, oneLine, withParseErrors } from "./errors.js";
import { expandPathSpec } from "./expand-paths.js";
import { parseFeed } from "./feed.js";
import { type FetchedPage, Fetcher, type FetchOptions } from "./fetch.js";
import { parseHtmlPage } from "./html.js";
import { parseInput } from "./parse-input.js";
import { readInputText } from "./read-file.js";

export type InputResult = { ok: true; doc: SourceDocument } | { ok: false; origin: string; reason: string };

export interface CollectOptions {
  fetch?: FetchOptions;
  signal?: AbortSignal;
  /** Largest file read (default 20 MB). */
  maxBytes?: number;
}

/** What the generator returns when done; callers iterating with for-await can count themselves. */
export interface CollectSummary {
  documents: number;
  failed: number;
}

const URL_SPEC = /^https?:\/\//i;

export async function* collectInputs(
  specs: string[],
  opts: CollectOptions = {},
): AsyncGenerator<InputResult, CollectSummary, undefined> {
  const summary: CollectSummary = { documents: 0, failed: 0 };
  const fetcher = new Fetcher(opts.fetch);
  for (const spec of specs) {
    for await (const result of collectSpec(spec, fetcher, opts)) {
      if (opts.signal?.aborted) return summary;
      if (result.ok) summary.documents++;
      else summary.failed++;
      yield result;
    }
  }
  return summary;
}

function collectSpec(spec: string, fetcher: Fetcher, opts: CollectOptions): AsyncGenerator<InputResult> {
  if (URL_SPEC.test(spec)) return collectUrl(spec, fetcher, opts.signal);
  if (spec === "-") return collectFile("-", opts);
  return collectPaths(spec, opts);
}

async function* collectPaths(spec: string, opts: CollectOptions): AsyncGenerator<InputResult> {
  for await (const entry of expandPathSpec(spec)) {
    if (opts.signal?.aborted) return;
    if (entry.ok) yield* collectFile(entry.path, opts);
    else yield entry;
  }
}

async function* collectFile(path: string, opts: CollectOptions): AsyncGenerator<InputResult> {
  yield* attempt(path, async () => {
    const content = await readInputText(path, { maxBytes: opts.maxBytes });
    return withParseErrors(path, () => parseInput(content, path, detectFormat(path, content)));
  });
}

/** A feed URL yields its items (teasers replaced by their linked page); a page URL its article. */
async function* collectUrl(url: string, fetcher: Fetcher, signal?: AbortSignal): AsyncGenerator<InputResult> {
  let page: FetchedPage;
  try {
    page = await fetcher.fetchText(url, signal);
  } catch (err) {
    yield failure(url, err);
    return;
  }
  const format = formatOfPage(page);
  if (format !== "feed") {
    yield* attempt(url, async () =>
      withParseErrors(url, () => parseInput(page.text, url, format)).map((d) => withUrl(d, page.url)),
    );
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

async function* attempt(origin: string, read: () => Promise<SourceDocument[]>): AsyncGenerator<InputResult> {
  let docs: SourceDocument[];
  try {
    docs = await read();
  } catch (err) {
    yield failure(origin, err);
    return;
  }
  for (const doc of docs) yield { ok: true, doc };
}

function failure(origin: string, err: unknown, note = ""): InputResult {
  if (err instanceof InputError) return { ok: false, origin: err.origin, reason: err.reason + note };
  return { ok: false, origin, reason: `unexpected error (${oneLine(err)})${note}` };
}
