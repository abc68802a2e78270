// `armstrace ingest PATH… [--db FILE] [--quiet] [--workers N]`
import type { Command } from "commander";
import { createExtractor, defaultWorkers } from "../../app/extractor-pool.js";
import { type IngestCounts, ingestDocuments } from "../../app/ingest.js";
import { collectInputs, type InputResult } from "../../ingest/index.js";
import { addDbOption, withStore } from "../db-option.js";
import { CliError } from "../errors.js";
import { createProgress, type Progress } from "../progress.js";

interface IngestFlags {
  db?: string;
  quiet?: boolean;
  workers?: string;
  timeout?: string;
  commitEvery?: string;
}

/** Local inputs are read ahead (up to this many documents) so that the bar can show an ETA. */
const READ_AHEAD = 50_000;

export function registerIngest(program: Command): void {
  addDbOption(
    program
      .command("ingest")
      .description("store articles (files, folders, globs, JSON Lines, RSS/Atom feeds, URLs, - for stdin)")
      .argument("<paths...>", "files, folders (recursive), globs, feed files, http(s) URLs, or -"),
  )
    .option("--quiet", "print only failures and the summary")
    .option("--workers <n>", "extraction worker threads (default: one per core)")
    .option("--timeout <seconds>", "timeout of each web request", "15")
    .option(
      "--commit-every <n>",
      "documents per commit, or 2 s of work; each document is all-or-nothing either way (1: one per document)",
      "500",
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      const workers = flags.workers === undefined ? defaultWorkers() : Number(flags.workers);
      if (!Number.isInteger(workers) || workers < 0)
        throw new CliError("--workers must be a whole number", 2);
      const batchSize = Number(flags.commitEvery);
      if (!Number.isInteger(batchSize) || batchSize < 1)
        throw new CliError("--commit-every must be 1 or more", 2);
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      const progress = createProgress({ quiet: flags.quiet ?? false, label: "ingest" });
      const extractor = createExtractor(workers);
      try {
        const counts = await withStore(
          flags.db,
          async (store) => {
            const inputs = collectInputs(paths, {
              signal: controller.signal,
              fetch: { timeoutMs: Number(flags.timeout) * 1000 },
            });
            const { items, total } = await readAhead(inputs, paths);
            return ingestDocuments(store, items, {
              extractor,
              signal: controller.signal,
              total,
              onProgress: (c, failure) => report(progress, c, failure),
            });
          },
          { batchSize, mustExist: false },
        );
        progress.stop();
        printSummary(counts, controller.signal.aborted);
        if (counts.failed > 0) process.exitCode = 1;
      } finally {
        progress.stop();
        await extractor.close();
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
      }
    });
}

function report(progress: Progress, c: IngestCounts, failure?: { origin: string; reason: string }): void {
  if (failure) progress.log(`armstrace: ${failure.origin}: ${failure.reason}`);
  progress.update({
    done: c.stored + c.skipped + c.failed,
    total: c.total,
    detail: `${c.stored} stored, ${c.skipped} skipped, ${c.failed} failed`,
  });
}

/** For local inputs: reads documents ahead to count them; URLs and stdin stream uncounted. */
async function readAhead(
  inputs: AsyncGenerator<InputResult, unknown>,
  paths: string[],
): Promise<{ items: AsyncIterable<InputResult>; total: number | null }> {
  if (paths.some((p) => p === "-" || /^https?:\/\//i.test(p))) return { items: inputs, total: null };
  const buffered: InputResult[] = [];
  for (;;) {
    const next = await inputs.next();
    if (next.done) return { items: toAsync(buffered), total: buffered.length };
    buffered.push(next.value);
    if (buffered.length >= READ_AHEAD) break;
  }
  return { items: chain(buffered, inputs), total: null };
}

async function* toAsync(items: InputResult[]): AsyncGenerator<InputResult> {
  yield* items;
}

async function* chain(
  first: InputResult[],
  rest: AsyncGenerator<InputResult, unknown>,
): AsyncGenerator<InputResult> {
  yield* toAsync(first);
  for await (const item of rest) yield item;
}

function printSummary(c: IngestCounts, stopped: boolean): void {
  const lines = [
    `${c.stored} documents stored (${c.claims} claims)`,
    `${c.skipped} skipped (already stored)`,
    `${c.failed} failed`,
  ];
  const note = stopped ? " — stopped early; run the same command again to finish" : "";
  process.stdout.write(`ingest: ${lines.join(", ")}${note}\n`);
}
