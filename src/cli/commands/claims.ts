// `armstrace claims ALLEGATION_ID` — every claim of an allegation with its evidence sentence.
import type { Command } from "commander";
import type { AllegationDetail, StoredClaim } from "../../store/types.js";
import { addDbOption, withStore } from "../db-option.js";
import { CliError } from "../errors.js";
import { type Column, parseFormat, printRows } from "../output.js";
import { describeAllegation } from "./allegations.js";

export const CLAIM_COLUMNS: Column<StoredClaim>[] = [
  { header: "claim_id", value: (c) => c.id },
  { header: "factuality", value: (c) => c.factuality },
  { header: "stance", value: (c) => (c.generalDenial ? "against (general)" : c.stance) },
  { header: "type", value: (c) => c.type },
  { header: "supplier", value: (c) => c.supplier },
  { header: "recipient", value: (c) => c.recipient },
  { header: "items", value: (c) => c.items.map((i) => i.category).join(";") },
  { header: "source", value: (c) => c.source.label },
  { header: "source_kind", value: (c) => c.source.kind },
  { header: "via", value: (c) => viaChain(c) },
  { header: "date", value: (c) => c.published ?? c.time?.start },
  { header: "event_time", value: (c) => c.time?.text },
  { header: "document_id", value: (c) => c.documentId },
  { header: "outlet", value: (c) => c.outlet },
  { header: "title", value: (c) => c.documentTitle },
  { header: "url", value: (c) => c.url },
  { header: "evidence", value: (c) => c.evidence.text },
];

export function viaChain(c: StoredClaim): string {
  return c.via.map((v) => v.name ?? `${v.country ?? ""} ${v.kind}`.trim()).join(" → ");
}

export function registerClaims(program: Command): void {
  addDbOption(program.command("claims"))
    .description("every claim of one allegation: source, via, factuality, date, document, evidence")
    .argument(
      "<allegation>",
      "allegation id (from `armstrace allegations`) or key (transfer/KP/RU/ammunition)",
    )
    .option("--format <format>", "table, json or csv", "table")
    .action(async (ref: string, flags: { db?: string; format?: string }) => {
      const format = parseFormat(flags.format);
      const detail = await withStore(flags.db, (store) =>
        store.getAllegation(/^\d+$/.test(ref) ? Number(ref) : ref),
      );
      if (!detail) throw new CliError(`no allegation "${ref}" in the database`);
      if (format === "table") process.stdout.write(renderDetail(detail));
      else printRows(format, detail.claims, CLAIM_COLUMNS, detail);
    });
}

function renderDetail(a: AllegationDetail): string {
  const head = [
    `Allegation ${a.id}: ${describeAllegation(a)} — ${a.status}`,
    `${a.claimsFor} claims for, ${a.claimsAgainst} against; ${a.independentOrigins} independent origins; ` +
      `${a.documents} documents; seen ${a.firstSeen ?? "?"} to ${a.lastSeen ?? "?"}; ` +
      `confidence ${a.confidence.toFixed(2)} (formula: armstrace allegations --help)`,
    `Origins: ${a.origins.map((o) => `${o.label} [${o.stance}, ${o.claims}]`).join("; ")}`,
    "",
  ];
  const blocks = a.claims.map((c) => {
    const via = c.via.length ? ` via ${viaChain(c)}` : "";
    const stance = c.generalDenial ? "denies (in general terms)" : c.stance === "for" ? "asserts" : c.stance;
    return [
      `#${c.id}  ${c.factuality}  ${c.source.label}${via} ${stance}  ${c.published ?? c.time?.start ?? "undated"}`,
      `     ${c.outlet ?? "unknown outlet"} — ${c.documentTitle ?? "untitled"} (document ${c.documentId})`,
      `     “${c.evidence.text.replace(/\s+/g, " ")}”`,
      "",
    ].join("\n");
  });
  return `${[...head, ...blocks].join("\n")}\n`;
}
