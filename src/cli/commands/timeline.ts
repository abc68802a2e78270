// `armstrace timeline --supplier KP --recipient RU` — claims by month.
import type { Command } from "commander";
import { parseActor } from "../../app/filters.js";
import type { TimelineBucket, TimelineFilter } from "../../store/types.js";
import { addDbOption, withStore } from "../db-option.js";
import { type Column, parseFormat, printRows } from "../output.js";
import { toFilter } from "./allegations.js";

const COLUMNS: Column<TimelineBucket>[] = [
  { header: "MONTH", value: (b) => b.month },
  { header: "FOR", value: (b) => b.claimsFor },
  { header: "AGAINST", value: (b) => b.claimsAgainst },
  { header: "DOCS", value: (b) => b.documents },
  {
    header: "ITEMS",
    value: (b) =>
      Object.entries(b.items)
        .map(([k, n]) => `${k} ${n}`)
        .join(", "),
    max: 50,
  },
  {
    header: "",
    value: (b) => "█".repeat(Math.min(40, b.claimsFor)) + "░".repeat(Math.min(20, b.claimsAgainst)),
  },
];

export function registerTimeline(program: Command): void {
  addDbOption(program.command("timeline"))
    .description("claims by month (reported date) between a supplier and a recipient")
    .option("--supplier <code>", "supplier actor code")
    .option("--recipient <code>", "recipient actor code")
    .option("--item <category>", "coarse item category")
    .option("--format <format>", "table, json or csv", "table")
    .action(
      async (flags: {
        db?: string;
        supplier?: string;
        recipient?: string;
        item?: string;
        format?: string;
      }) => {
        const format = parseFormat(flags.format);
        const filter: TimelineFilter = toFilter(() => ({
          ...(flags.supplier ? { supplier: parseActor(flags.supplier, "supplier") } : {}),
          ...(flags.recipient ? { recipient: parseActor(flags.recipient, "recipient") } : {}),
          ...(flags.item ? { item: flags.item.toLowerCase() } : {}),
        }));
        const buckets = await withStore(flags.db, (store) => store.timeline(filter));
        printRows(format, buckets, COLUMNS, buckets);
      },
    );
}
