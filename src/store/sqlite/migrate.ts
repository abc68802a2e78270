// Brings a database file to the newest schema, one migration per transaction.
import type { Database } from "better-sqlite3";
import { MIGRATIONS } from "./schema.js";

export function migrate(db: Database): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const current = schemaVersion(db);
  const newest = MIGRATIONS.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new Error(`database schema version ${current} is newer than this armstrace (${newest})`);
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
  }
  return newest;
}

export function schemaVersion(db: Database): number {
  const row = db.prepare("SELECT max(version) AS v FROM schema_migrations").get() as { v: number | null };
  return row.v ?? 0;
}
