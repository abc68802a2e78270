// `armstrace reextract [--all]` — re-runs extraction on stored documents after the rules change.
import type { Command } from "commander";
import { createExtractor, defaultWorkers } from "../../app/extractor-pool.js";
import { reextractDocuments } from "../../app/ingest.js";
import { EXTRACTOR_VERSION } from "../../extract/index.js";
import { addDbOption, withStore } from "../db-option.js";
import { createProgress } from "../progress.js";

export function registerReextract(program: Command): void {
  addDbOption(program.command("reextract"))
    .description(
      `re-run extraction on stored documents extracted by another version (now ${EXTRACTOR_VERSION})`,
    )
    .option("--all", "every document, whatever version extracted it")
    .option("--quiet", "print only the summary")
    .option("--workers <n>", "extraction worker threads (default: one per core)")
    .action(async (flags: { db?: string; all?: boolean; quiet?: boolean; workers?: string }) => {
      const extractor = createExtractor(
        flags.workers === undefined ? defaultWorkers() : Number(flags.workers),
      );
      const progress = createProgress({ quiet: flags.quiet ?? false, label: "reextract" });
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once("SIGINT", stop);
      try {
        const c = await withStore(flags.db, (store) =>
          reextractDocuments(store, {
            extractor,
            version: EXTRACTOR_VERSION,
            all: flags.all ?? false,
            signal: controller.signal,
            onProgress: (c) =>
              progress.update({ done: c.done + c.failed, total: c.total, detail: `${c.claims} claims` }),
          }),
        );
        progress.stop();
        process.stdout.write(
          `reextract: ${c.done} of ${c.total} documents re-extracted (${c.claims} claims), ${c.failed} failed\n`,
        );
        if (c.failed > 0) process.exitCode = 1;
      } finally {
        progress.stop();
        await extractor.close();
        process.off("SIGINT", stop);
      }
    });
}
