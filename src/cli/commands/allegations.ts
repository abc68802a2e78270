// `armstrace allegations [--supplier KP] [--recipient RU] [--item missile] [--status contested] [--since DATE]`
import type { Command } from "commander";
import { CONFIDENCE_FORMULA } from "../../aggregate/confidence.js";
import { FilterError, parseAllegationFilter, type RawFilter } from "../../app/filters.js";
import type { AllegationSummary } from "../../store/types.js";
import { addDbOption, withStore } from "../db-option.js";
import { CliError } from "../errors.js";
import { type Column, parseFormat, printRows } from "../output.js";

export const ALLEGATION_COLUMNS: Column<AllegationSummary>[] = [
  { header: "ID", value: (a) => a.id },
  { header: "ALLEGATION", value: (a) => describeAllegation(a) },
  { header: "STATUS", value: (a) => a.status },
  { header: "ORIGINS", value: (a) => a.independentOrigins },
  { header: "FOR", value: (a) => a.claimsFor },
  { header: "AGAINST", value: (a) => a.claimsAgainst },
  { header: "DOCS", value: (a) => a.documents },
  { header: "ASSERTED BY", value: (a) => a.asserting.map((s) => s.label).join("; "), max: 60 },
  { header: "DENIED BY", value: (a) => a.denying.map((s) => s.label).join("; "), max: 40 },
  { header: "LARGEST", value: (a) => quantity(a) },
  { header: "FIRST", value: (a) => a.firstSeen },
  { header: "LAST", value: (a) => a.lastSeen },
  { header: "CONF", value: (a) => a.confidence.toFixed(2) },
];

/** "KP → RU ammunition", "KP → RU missile (request)", "KP ↔ RU meeting", "US condemns KP". */
export function describeAllegation(
  a: Pick<AllegationSummary, "type" | "supplier" | "recipient" | "item">,
): string {
  const s = a.supplier ?? "?";
  const r = a.recipient ?? "?";
  if (a.type === "meeting") return `${s} ↔ ${r} meeting`;
  if (a.type === "condemnation") return `${s} condemns ${r}`;
  return `${s} → ${r} ${a.item}${a.type === "request" ? " (request)" : ""}`;
}

function quantity(a: AllegationSummary): string {
  const q = a.largestQuantity;
  if (!q) return "";
  const unit = q.unit === "items" ? "" : ` ${q.unit}`;
  return `${q.value.toLocaleString("en-US")}${unit} (${q.source.label})`;
}

export function registerAllegations(program: Command): void {
  addDbOption(program.command("allegations"))
    .description("allegations across documents: who is said to supply what to whom, how corroborated")
    .option("--supplier <code>", "supplier actor code (KP, org:wagner)")
    .option("--recipient <code>", "recipient actor code")
    .option("--actor <code>", "either side")
    .option("--item <category>", "coarse item category (missile, ammunition…)")
    .option("--type <type>", "transfer, request, meeting or condemnation")
    .option("--status <status>", "corroborated, single-source or contested")
    .option("--source <id>", "only allegations this source (id from `armstrace sources`) asserts or denies")
    .option("--since <date>", "last seen on or after")
    .option("--until <date>", "first seen on or before")
    .option("--sort <key>", "origins (default), claims, last_seen or confidence")
    .option("--limit <n>", "rows to show", "50")
    .option("--offset <n>", "rows to skip")
    .option("--format <format>", "table, json or csv", "table")
    .addHelpText("after", `\nConfidence (CONF):\n${CONFIDENCE_FORMULA}\n`)
    .action(async (flags: RawFilter & { db?: string; format?: string }) => {
      const format = parseFormat(flags.format);
      const filter = toFilter(() => parseAllegationFilter(flags));
      const page = await withStore(flags.db, (store) => store.listAllegations(filter));
      printRows(format, page.items, ALLEGATION_COLUMNS, page);
      if (format === "table") {
        process.stdout.write(`${page.items.length} of ${page.total} allegations. CONF: see --help.\n`);
      }
    });
}

export function toFilter<T>(parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof FilterError) throw new CliError(err.message, 2);
    throw err;
  }
}
