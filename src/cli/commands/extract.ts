// `armstrace extract FILE|- [--json] [--explain]`
import type { Command } from "commander";
import { runPipeline } from "../../core/pipeline.js";
import { readDocuments } from "../../ingest/index.js";
import { loadLexicons } from "../../lexicon/load.js";
import { CliError } from "../errors.js";
import { formatSummary } from "../format-extraction.js";

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract entities and claims from one article (file, or - for standard input)")
    .argument("<file>", "article file: text, text with header, HTML, JSON or JSON Lines; - for stdin")
    .option("--json", "print the extraction contract JSON")
    .option("--explain", "show, for each claim, the sentence with trigger, roles and cue, and the rule")
    .action(async (file: string, opts: { json?: boolean; explain?: boolean }) => {
      const lex = loadLexicons();
      const docs = await readDocuments(file);
      if (docs.length === 0) throw new CliError(`${file}: no article found`);
      const results = docs.map((d) => runPipeline(d, lex));
      if (opts.json) {
        const out = results.map((r) => r.extraction);
        process.stdout.write(`${JSON.stringify(out.length === 1 ? out[0] : out, null, 2)}\n`);
        return;
      }
      for (const r of results) process.stdout.write(formatSummary(r, { explain: opts.explain ?? false }));
    });
}
