// `armstrace export --format jsonl|csv|graphml|ftm [--out FILE]`
import { createWriteStream, openSync } from "node:fs";
import type { Writable } from "node:stream";
import type { Command } from "commander";
import { EXPORT_FORMATS, type ExportFormat, exportStore } from "../../export/index.js";
import { addDbOption, withStore } from "../db-option.js";
import { CliError } from "../errors.js";
import { stopOnBrokenPipe } from "../output.js";

export function registerExport(program: Command): void {
  addDbOption(program.command("export"))
    .description(
      "export claims (jsonl, csv), the allegation graph (graphml) or FollowTheMoney entities (ftm)",
    )
    .requiredOption("--format <format>", EXPORT_FORMATS.join(", "))
    .option("--out <file>", "write to this file instead of standard output")
    .action(async (flags: { db?: string; format: string; out?: string }) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(flags.format)) {
        throw new CliError(`--format must be one of ${EXPORT_FORMATS.join(", ")} (got "${flags.format}")`, 2);
      }
      const out: Writable = flags.out ? openOut(flags.out) : process.stdout;
      if (!flags.out) stopOnBrokenPipe();
      await withStore(flags.db, async (store) => {
        for await (const chunk of exportStore(store, flags.format as ExportFormat)) {
          if (!out.write(chunk)) await new Promise((resolve) => out.once("drain", resolve));
        }
      });
      if (flags.out)
        await new Promise<void>((resolve, reject) =>
          out.end((err?: Error | null) =>
            err ? reject(new CliError(`${flags.out}: ${err.message}`)) : resolve(),
          ),
        );
    });
}

/** Opens the file first, so that a bad path is one clear error before any work is done. */
function openOut(path: string): Writable {
  let fd: number;
  try {
    fd = openSync(path, "w");
  } catch (err) {
    throw new CliError(`${path}: cannot write (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  return createWriteStream(path, { fd });
}
