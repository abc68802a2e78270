// Human-readable rendering of one extraction (the default output of `extract`): one line per
// claim, and with --explain the sentence it came from with the trigger, the cue and every role
// marked, plus the rule that made it. On a terminal the marks are colours; piped, they are
// brackets ("[supplier: North Korea]") so that the output stays readable in a file.
import type { Claim, Span } from "../core/model.js";
import type { PipelineResult } from "../core/pipeline.js";

export interface FormatOptions {
  explain: boolean;
  /** ANSI colours instead of brackets; defaults to whether standard output is a terminal. */
  color?: boolean;
}

type MarkKind = Claim["explain"]["roles"][number]["role"] | "trigger" | "cue";

interface Mark extends Span {
  kind: MarkKind;
}

const COLOURS: Record<MarkKind, string> = {
  supplier: "\x1b[1;31m",
  recipient: "\x1b[1;32m",
  participant: "\x1b[1;32m",
  target: "\x1b[1;31m",
  source: "\x1b[36m",
  item: "\x1b[33m",
  trigger: "\x1b[1;4;35m",
  cue: "\x1b[4;34m",
};
const RESET = "\x1b[0m";

export function formatSummary(result: PipelineResult, opts: FormatOptions): string {
  const { extraction, annotated } = result;
  const color = opts.color ?? process.stdout.isTTY === true;
  const d = extraction.document;
  const lines = [
    `${d.title ?? "(untitled)"}${d.outlet ? ` — ${d.outlet}` : ""}${d.published ? `, ${d.published}` : ""}`,
    `entities: ${extraction.entities.length}, claims: ${extraction.claims.length}`,
  ];
  extraction.claims.forEach((claim, i) => {
    lines.push(describeClaim(claim));
    if (!opts.explain) return;
    // Marks are placed in the body text, so they take the claim's body offsets, not the
    // extraction's input offsets (which differ by the header block's length).
    const inBody = result.claims[i]!;
    lines.push(`    rule: ${claim.explain.rule}`);
    lines.push(`    ${markSentence(annotated.doc.text, sentenceOf(result, inBody), marksOf(inBody), color)}`);
  });
  return `${lines.join("\n")}\n`;
}

/** "c3 transfer KP → RU [ammunition.artillery ×1000000] delivered CT+ by intelligence/KR via legislature/KR" */
export function describeClaim(c: Claim): string {
  const who =
    c.type === "meeting"
      ? (c.participants ?? []).join(" ↔ ")
      : c.type === "condemnation"
        ? `→ ${c.target ?? "?"}`
        : `${c.supplier ?? "?"} → ${c.recipient ?? "?"}`;
  const items = c.items.length
    ? ` [${c.items.map((i) => i.category + (i.quantity ? ` ×${i.quantity.value} ${i.quantity.unit}` : "")).join(", ")}]`
    : "";
  const source = `${c.source.kind}/${c.source.country ?? "-"}${c.source.name ? ` (${c.source.name})` : ""}`;
  const via = c.via.length ? ` via ${c.via.map((v) => `${v.kind}/${v.country ?? "-"}`).join(", ")}` : "";
  const time = c.time ? ` at "${c.time.text}"` : "";
  return `${c.id} ${c.type} ${who}${items} ${c.status} ${c.factuality} by ${source}${via}${time}`;
}

function sentenceOf(result: PipelineResult, c: Claim): Span {
  const at = c.explain.trigger?.start ?? c.explain.roles[0]?.span.start ?? 0;
  const s = result.annotated.sentences.find((x) => x.start <= at && at < x.end);
  return s ?? { start: at, end: at };
}

function marksOf(c: Claim): Mark[] {
  const marks: Mark[] = c.explain.roles.map((r) => ({ ...r.span, kind: r.role }));
  if (c.explain.trigger) marks.push({ ...c.explain.trigger, kind: "trigger" });
  if (c.explain.cue) marks.push({ ...c.explain.cue, kind: "cue" });
  return marks.filter((m) => m.end > m.start);
}

/** The sentence with marks inserted; a mark overlapping one already placed is left out. */
export function markSentence(text: string, sentence: Span, marks: Mark[], color: boolean): string {
  const inside = marks
    .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = sentence.start;
  for (const m of inside) {
    if (m.start < at) continue;
    out += text.slice(at, m.start);
    const words = text.slice(m.start, m.end);
    out += color ? `${COLOURS[m.kind]}${words}${RESET}` : `[${m.kind}: ${words}]`;
    at = m.end;
  }
  return (out + text.slice(at, sentence.end)).replace(/\s+/g, " ").trim();
}
