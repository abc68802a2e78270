// One result, three renderings: an aligned table for people, JSON and CSV for programs.
import { csvField } from "../export/csv.js";
import { CliError } from "./errors.js";

export type OutputFormat = "table" | "json" | "csv";

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
  /** Table cells longer than this are cut with "…" (CSV and JSON are never cut). */
  max?: number;
}

export function parseFormat(value: string | undefined): OutputFormat {
  const f = value ?? "table";
  if (f === "table" || f === "json" || f === "csv") return f;
  throw new CliError(`--format must be table, json or csv (got "${f}")`, 2);
}

export function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((r) => columns.map((c) => cut(text(c.value(r)), c.max)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)]
    .map((l) => `${l}\n`)
    .join("");
}

export function renderCsv<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const line = (values: string[]) => `${values.map(csvField).join(",")}\r\n`;
  return (
    line(columns.map((c) => c.header)) + rows.map((r) => line(columns.map((c) => text(c.value(r))))).join("")
  );
}

/**
 * `armstrace export … | head` closes the pipe early: stop quietly instead of dying with EPIPE.
 */
export function stopOnBrokenPipe(stream: NodeJS.WritableStream = process.stdout): void {
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
}

/** Prints rows as a table or CSV, or `json` (the whole typed result) as JSON. */
export function printRows<T>(
  format: OutputFormat,
  rows: readonly T[],
  columns: readonly Column<T>[],
  json: unknown,
): void {
  stopOnBrokenPipe();
  if (format === "json") process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  else if (format === "csv") process.stdout.write(renderCsv(rows, columns));
  else process.stdout.write(renderTable(rows, columns));
}

function text(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "number" ? String(v) : v.replace(/\s+/g, " ");
}

function cut(v: string, max?: number): string {
  return max && v.length > max ? `${v.slice(0, max - 1)}…` : v;
}
