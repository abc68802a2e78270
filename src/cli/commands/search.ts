// `armstrace search TEXT` — full-text search over evidence sentences.
import type { Command } from "commander";
import type { SearchHit } from "../../store/types.js";
import { addDbOption, withStore } from "../db-option.js";
import { type Column, parseFormat, printRows } from "../output.js";

/** The sentence with matched words in [brackets]. */
export function markMatches(hit: SearchHit): string {
  let out = "";
  let at = 0;
  for (const m of hit.matches) {
    out += `${hit.sentence.text.slice(at, m.start)}[${hit.sentence.text.slice(m.start, m.end)}]`;
    at = m.end;
  }
  return out + hit.sentence.text.slice(at);
}

const COLUMNS: Column<SearchHit>[] = [
  { header: "DOC", value: (h) => h.documentId },
  { header: "DATE", value: (h) => h.published },
  { header: "OUTLET", value: (h) => h.outlet, max: 20 },
  { header: "CLAIMS", value: (h) => h.claimIds.join(" ") },
  { header: "SENTENCE", value: (h) => markMatches(h), max: 140 },
];

export function registerSearch(program: Command): void {
  addDbOption(program.command("search"))
    .description("full-text search over evidence sentences")
    .argument("<text...>", 'words to find (all of them), or "a phrase" in quotes')
    .option("--all-sentences", "search every stored sentence, not only the evidence of claims")
    .option("--limit <n>", "rows to show", "20")
    .option("--format <format>", "table, json or csv", "table")
    .action(
      async (
        words: string[],
        flags: { db?: string; allSentences?: boolean; limit: string; format?: string },
      ) => {
        const format = parseFormat(flags.format);
        const page = await withStore(flags.db, (store) =>
          store.search({
            text: words.join(" "),
            allSentences: flags.allSentences ?? false,
            limit: Number(flags.limit) || 20,
          }),
        );
        printRows(format, page.items, COLUMNS, page);
        if (format === "table") process.stdout.write(`${page.items.length} of ${page.total} sentences\n`);
      },
    );
}
