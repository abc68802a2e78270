// The wire-agency table (lexicons/wires.yaml): maps a credited name ("AP", "The Associated Press")
// to the agency's canonical name ("Associated Press").
import { readLexiconFiles } from "../lexicon/load.js";
import { LexiconError } from "../lexicon/types.js";

export const WIRE_FILES = ["wires.yaml"] as const;

/** Lower-cased alias → canonical agency name. */
export type WireTable = ReadonlyMap<string, string>;

export function compileWires(raw: Record<string, unknown>): WireTable {
  const file = WIRE_FILES[0];
  const data = raw[file] as { wires?: unknown } | null | undefined;
  if (!data || !Array.isArray(data.wires)) throw new LexiconError(file, "expected a `wires:` list");
  const table = new Map<string, string>();
  for (const [i, entry] of data.wires.entries()) {
    const { name, aliases } = (entry ?? {}) as { name?: unknown; aliases?: unknown };
    if (typeof name !== "string" || !Array.isArray(aliases)) {
      throw new LexiconError(file, `wires[${i}] needs a name and an aliases list`);
    }
    for (const alias of [name, ...aliases]) {
      const key = String(alias).toLowerCase();
      const owner = table.get(key);
      if (owner && owner !== name)
        throw new LexiconError(file, `alias "${alias}" claimed by ${owner} and ${name}`);
      table.set(key, name);
    }
  }
  return table;
}

let cached: WireTable | undefined;

/** The wire table, read once per process. */
export function loadWires(): WireTable {
  cached ??= compileWires(readLexiconFiles(WIRE_FILES));
  return cached;
}
