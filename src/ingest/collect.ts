// Corpus input for `armstrace ingest PATH…`: files, folders, globs, "-" and http(s) URLs of feeds
// and article pages, yielded one document at a time. A bad input is reported and skipped.
import { collectUrl, URL_SPEC } from "./collect-url.js";
import { detectFormat } from "./detect-format.js";
import { expandPathSpec } from "./expand-paths.js";
import { Fetcher, type FetchOptions } from "./fetch.js";
import { attempt, type InputResult } from "./input-result.js";
import { parseInput } from "./parse-input.js";
import { readInputText } from "./read-file.js";

export type { InputResult } from "./input-result.js";

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
    return parseInput(content, path, detectFormat(path, content));
  });
}
