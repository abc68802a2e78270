// `armstrace sources` — who asserts what, and how often they were contradicted.
import type { Command } from "commander";
import type { SourceSummary } from "../../store/types.js";
import { addDbOption, withStore } from "../db-option.js";
import { type Column, parseFormat, printRows } from "../output.js";

const COLUMNS: Column<SourceSummary>[] = [
  { header: "ID", value: (s) => s.id },
  { header: "SOURCE", value: (s) => s.label, max: 50 },
  { header: "KIND", value: (s) => s.kind },
  { header: "CLAIMS", value: (s) => s.claims },
  { header: "ASSERTS", value: (s) => s.asserts },
  { header: "DENIES", value: (s) => s.denies },
  { header: "ALLEGATIONS", value: (s) => s.allegations },
  { header: "CONTRADICTED", value: (s) => s.contradicted },
  { header: "DOCS", value: (s) => s.documents },
];

export function registerSources(program: Command): void {
  addDbOption(program.command("sources"))
    .description("sources: how many claims each asserts or denies, and how often they are contradicted")
    .option("--kind <kind>", "only sources of this kind (intelligence, government, media…)")
    .option("--country <code>", "only sources of this state")
    .option("--limit <n>", "rows to show", "50")
    .option("--format <format>", "table, json or csv", "table")
    .action(
      async (flags: {
        db?: string;
        kind?: SourceSummary["kind"];
        country?: string;
        limit: string;
        format?: string;
      }) => {
        const format = parseFormat(flags.format);
        const page = await withStore(flags.db, (store) =>
          store.listSources({
            ...(flags.kind ? { kind: flags.kind } : {}),
            ...(flags.country ? { country: flags.country.toUpperCase() } : {}),
            limit: Number(flags.limit) || 50,
          }),
        );
        printRows(format, page.items, COLUMNS, page);
      },
    );
}
