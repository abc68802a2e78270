// A thin wrapper that prepares each SQL text once and types the rows at the call site.
import type { Database, Statement } from "better-sqlite3";

export type Param = string | number | bigint | Buffer | null;

export class Sql {
  private readonly cache = new Map<string, Statement>();

  constructor(readonly db: Database) {}

  private prepare(text: string): Statement {
    let stmt = this.cache.get(text);
    if (!stmt) {
      stmt = this.db.prepare(text);
      this.cache.set(text, stmt);
    }
    return stmt;
  }

  run(text: string, ...params: Param[]): { changes: number; lastInsertRowid: number } {
    const r = this.prepare(text).run(...params);
    return { changes: r.changes, lastInsertRowid: Number(r.lastInsertRowid) };
  }

  get<T>(text: string, ...params: Param[]): T | undefined {
    return this.prepare(text).get(...params) as T | undefined;
  }

  all<T>(text: string, ...params: Param[]): T[] {
    return this.prepare(text).all(...params) as T[];
  }

  *iterate<T>(text: string, ...params: Param[]): Generator<T> {
    for (const row of this.prepare(text).iterate(...params)) yield row as T;
  }

  transaction<R>(fn: () => R): R {
    return this.db.transaction(fn)();
  }
}
