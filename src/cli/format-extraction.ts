// Human-readable rendering of one extraction (the default output of `extract`).
import type { PipelineResult } from "../core/pipeline.js";

export function formatSummary(result: PipelineResult, _opts: { explain: boolean }): string {
  const { extraction } = result;
  const d = extraction.document;
  const lines = [
    `${d.title ?? "(untitled)"}${d.outlet ? ` — ${d.outlet}` : ""}${d.published ? `, ${d.published}` : ""}`,
    `entities: ${extraction.entities.length}, claims: ${extraction.claims.length}`,
  ];
  return `${lines.join("\n")}\n`;
}
