// Opens the evidence store named by --db, ARMSTRACE_DB, or ./armstrace.db.
import { type SqliteOptions, SqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./types.js";

export const DEFAULT_DB = "armstrace.db";

export function resolveDbPath(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? env.ARMSTRACE_DB ?? DEFAULT_DB;
}

export type StoreOptions = SqliteOptions;

export async function openStore(path: string, opts: StoreOptions = {}): Promise<Store> {
  try {
    return new SqliteStore(path, opts);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    if (opts.mustExist && /unable to open|does not exist/i.test(reason)) {
      throw new Error(`${path}: no database here (create one with \`armstrace ingest … --db ${path}\`)`);
    }
    throw new Error(`${path}: cannot open database (${reason})`);
  }
}
