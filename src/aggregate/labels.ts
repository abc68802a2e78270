// How a source reads in a table: "National Intelligence Service (KR)", "RU government",
// "Daily Example (own voice)".
import type { SourceKind } from "../core/model.js";

export function sourceLabel(kind: SourceKind, country: string | null, name: string | null): string {
  if (kind === "author") return `${name ?? "article"} (own voice)`;
  if (name && country) return `${name} (${country})`;
  if (name) return name;
  if (country) return `${country} ${kind.replace("_", " ")}`;
  return `unnamed ${kind.replace("_", " ")}`;
}
