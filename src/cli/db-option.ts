// The --db option every store command shares, and opening the store it names.
import type { Command } from "commander";
import { openStore, resolveDbPath, type StoreOptions } from "../store/open.js";
import type { Store } from "../store/types.js";
import { CliError } from "./errors.js";

export function addDbOption(cmd: Command): Command {
  return cmd.option("--db <file>", "database file (default: $ARMSTRACE_DB or ./armstrace.db)");
}

export async function withStore<T>(
  db: string | undefined,
  use: (store: Store) => Promise<T>,
  opts: StoreOptions = { mustExist: true },
): Promise<T> {
  let store: Store;
  try {
    store = await openStore(resolveDbPath(db), opts);
  } catch (err) {
    throw new CliError(err instanceof Error ? err.message : String(err));
  }
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}
