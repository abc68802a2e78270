// Counts of everything, for `armstrace stats` and the server's front page.
import type { AllegationStatus, StoreStats } from "../types.js";
import { schemaVersion } from "./migrate.js";
import type { Sql } from "./sql.js";

const COUNTED = [
  "documents",
  "sentences",
  "entities",
  "mentions",
  "claims",
  "allegations",
  "sources",
  "stories",
  "ingest_errors",
] as const;

export function stats(sql: Sql, sizeBytes: number | null): StoreStats {
  const count = (table: (typeof COUNTED)[number]) =>
    sql.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)!.n;
  const byStatus: Record<AllegationStatus, number> = { corroborated: 0, "single-source": 0, contested: 0 };
  for (const r of sql.all<{ status: AllegationStatus; n: number }>(
    "SELECT status, count(*) AS n FROM allegations GROUP BY status",
  )) {
    byStatus[r.status] = r.n;
  }
  const extractors = Object.fromEntries(
    sql
      .all<{ extractor: string; n: number }>(
        "SELECT extractor, count(*) AS n FROM documents GROUP BY extractor",
      )
      .map((r) => [r.extractor, r.n]),
  );
  // Two queries: SQLite answers a lone min() or max() from the index, not both at once.
  const dates = {
    first: sql.get<{ d: string | null }>("SELECT min(published) AS d FROM documents")!.d,
    last: sql.get<{ d: string | null }>("SELECT max(published) AS d FROM documents")!.d,
  };
  return {
    documents: count("documents"),
    sentences: count("sentences"),
    entities: count("entities"),
    mentions: count("mentions"),
    claims: count("claims"),
    allegations: count("allegations"),
    allegationsByStatus: byStatus,
    sources: count("sources"),
    stories: count("stories"),
    ingestErrors: count("ingest_errors"),
    extractors,
    firstPublished: dates.first,
    lastPublished: dates.last,
    schemaVersion: schemaVersion(sql.db),
    sizeBytes,
  };
}
