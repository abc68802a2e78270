// Full-text search over sentences (FTS5). The index is contentless: sentence text is cut from
// the stored document, and the matched words are found again in it for highlighting.
import type { Page, SearchHit, SearchQuery } from "../types.js";
import type { Sql } from "./sql.js";

interface HitRow {
  sentence_id: number;
  document_id: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  idx: number;
  start: number;
  end: number;
  text: string;
  claim_ids: string | null;
}

/** Words of the query as FTS5 reads them: each a quoted term, so punctuation cannot break the syntax. */
export function toFtsQuery(text: string): string {
  const phrase = /^".*"$/.test(text.trim());
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return "";
  return phrase ? `"${words.join(" ")}"` : words.map((w) => `"${w}"`).join(" ");
}

export function search(sql: Sql, q: SearchQuery): Page<SearchHit> {
  const limit = q.limit ?? 20;
  const offset = q.offset ?? 0;
  const match = toFtsQuery(q.text);
  if (!match) return { total: 0, limit, offset, items: [] };
  const evidenceOnly = q.allSentences ? "" : "AND EXISTS (SELECT 1 FROM claims c WHERE c.sentence_id = s.id)";
  const from = "sentences_fts f JOIN sentences s ON s.id = f.rowid";
  const where = `WHERE sentences_fts MATCH ? ${evidenceOnly}`;
  const total = sql.get<{ n: number }>(`SELECT count(*) AS n FROM ${from} ${where}`, match)!.n;
  // The text is cut in JavaScript: spans are UTF-16 offsets, SQLite's substr counts characters.
  const rows = sql.all<HitRow>(
    `SELECT s.id AS sentence_id, s.document_id, d.title, d.outlet, d.published, s.idx, s.start, s.end,
       d.text, (SELECT json_group_array(c.id) FROM claims c WHERE c.sentence_id = s.id) AS claim_ids
     FROM ${from} JOIN documents d ON d.id = s.document_id ${where}
     ORDER BY f.rank LIMIT ? OFFSET ?`,
    match,
    limit,
    offset,
  );
  const words = (q.text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase());
  return { total, limit, offset, items: rows.map((r) => toHit(r, words)) };
}

function toHit(r: HitRow, words: string[]): SearchHit {
  const text = r.text.slice(r.start, r.end);
  return {
    documentId: r.document_id,
    documentTitle: r.title,
    outlet: r.outlet,
    published: r.published,
    sentenceIndex: r.idx,
    sentence: { start: r.start, end: r.end, text },
    matches: findWords(text, words),
    claimIds: r.claim_ids ? (JSON.parse(r.claim_ids) as number[]) : [],
  };
}

function findWords(text: string, words: string[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (words.includes(m[0].toLowerCase())) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
