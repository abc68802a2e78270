// `armstrace stats` — what the database holds.
import type { Command } from "commander";
import type { StoreStats } from "../../store/types.js";
import { addDbOption, withStore } from "../db-option.js";
import { type Column, parseFormat, printRows } from "../output.js";

type Row = { name: string; value: string | number };

function toRows(s: StoreStats): Row[] {
  return [
    { name: "documents", value: s.documents },
    { name: "stories (syndication clusters)", value: s.stories },
    { name: "sentences", value: s.sentences },
    { name: "entities", value: s.entities },
    { name: "mentions", value: s.mentions },
    { name: "claims", value: s.claims },
    { name: "sources", value: s.sources },
    { name: "allegations", value: s.allegations },
    ...Object.entries(s.allegationsByStatus).map(([k, v]) => ({ name: `  ${k}`, value: v })),
    { name: "ingest errors", value: s.ingestErrors },
    { name: "published", value: `${s.firstPublished ?? "?"} to ${s.lastPublished ?? "?"}` },
    ...Object.entries(s.extractors).map(([k, v]) => ({ name: `extractor ${k}`, value: `${v} documents` })),
    { name: "schema version", value: s.schemaVersion },
    { name: "size on disk", value: s.sizeBytes === null ? "?" : `${(s.sizeBytes / 1e6).toFixed(1)} MB` },
  ];
}

const COLUMNS: Column<Row>[] = [
  { header: "WHAT", value: (r) => r.name },
  { header: "COUNT", value: (r) => r.value },
];

export function registerStats(program: Command): void {
  addDbOption(program.command("stats"))
    .description("counts of documents, claims, allegations, sources")
    .option("--format <format>", "table, json or csv", "table")
    .action(async (flags: { db?: string; format?: string }) => {
      const format = parseFormat(flags.format);
      const s = await withStore(flags.db, (store) => store.stats());
      printRows(format, toRows(s), COLUMNS, s);
    });
}
