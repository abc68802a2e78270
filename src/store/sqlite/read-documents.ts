// Documents: the list, and one document with its text, sentences, entities and claims.
import type { EntityRecord, SourceDocument } from "../../core/model.js";
import type { DocumentDetail, DocumentFilter, DocumentSummary, Page } from "../types.js";
import { documentClaims } from "./read-claims.js";
import type { Param, Sql } from "./sql.js";

interface DocumentRow {
  id: number;
  key: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  wire: string | null;
  origin: string | null;
  story_id: number;
  claim_count: number;
  extractor: string;
  ingested_at: string;
}

const COLUMNS = `d.id, d.key, d.title, d.outlet, d.url, d.published, d.wire, d.origin, d.story_id,
  (SELECT count(*) FROM claims c WHERE c.document_id = d.id) AS claim_count, d.extractor, d.ingested_at`;

function toSummary(r: DocumentRow): DocumentSummary {
  return {
    id: r.id,
    key: r.key,
    title: r.title,
    outlet: r.outlet,
    url: r.url,
    published: r.published,
    wire: r.wire,
    origin: r.origin,
    storyId: r.story_id,
    claimCount: r.claim_count,
    extractor: r.extractor,
    ingestedAt: r.ingested_at,
  };
}

export function listDocuments(sql: Sql, f: DocumentFilter): Page<DocumentSummary> {
  const parts: string[] = [];
  const params: Param[] = [];
  if (f.outlet) parts.push("d.outlet = ?") && params.push(f.outlet);
  if (f.since) parts.push("d.published >= ?") && params.push(f.since);
  if (f.until) parts.push("d.published <= ?") && params.push(f.until);
  if (f.actor) {
    parts.push("d.id IN (SELECT document_id FROM claims WHERE supplier = ? OR recipient = ? OR target = ?)");
    params.push(f.actor, f.actor, f.actor);
  }
  const where = parts.length ? `WHERE ${parts.join(" AND ")}` : "";
  const limit = f.limit ?? 50;
  const offset = f.offset ?? 0;
  const total = sql.get<{ n: number }>(`SELECT count(*) AS n FROM documents d ${where}`, ...params)!.n;
  const rows = sql.all<DocumentRow>(
    `SELECT ${COLUMNS} FROM documents d ${where} ORDER BY d.published DESC, d.id DESC LIMIT ? OFFSET ?`,
    ...params,
    limit,
    offset,
  );
  return { total, limit, offset, items: rows.map(toSummary) };
}

export function getDocument(sql: Sql, id: number): DocumentDetail | null {
  const row = sql.get<DocumentRow & { text: string }>(
    `SELECT ${COLUMNS}, d.text FROM documents d WHERE d.id = ?`,
    id,
  );
  if (!row) return null;
  const sentences = sql
    .all<{ idx: number; start: number; end: number; paragraph: number }>(
      "SELECT idx, start, end, paragraph FROM sentences WHERE document_id = ? ORDER BY idx",
      id,
    )
    .map((s) => ({ index: s.idx, start: s.start, end: s.end, paragraph: s.paragraph }));
  const copies = sql.all<{
    id: number;
    title: string | null;
    outlet: string | null;
    published: string | null;
  }>(
    "SELECT id, title, outlet, published FROM documents WHERE story_id = ? AND id != ? ORDER BY id",
    row.story_id,
    id,
  );
  return {
    ...toSummary(row),
    text: row.text,
    sentences,
    entities: entitiesOf(sql, id),
    claims: documentClaims(sql, id),
    copies,
  };
}

function entitiesOf(sql: Sql, documentId: number): EntityRecord[] {
  const rows = sql.all<{
    id: number;
    key: string;
    kind: EntityRecord["kind"];
    name: string;
    country: string | null;
    category: string | null;
    details: string | null;
    mentions: string;
  }>(
    `SELECT e.id, e.key, e.kind, e.name, e.country, e.category, e.details,
       (SELECT json_group_array(json_object('start', m.start, 'end', m.end, 'text', m.text))
        FROM mentions m WHERE m.entity_id = e.id) AS mentions
     FROM entities e WHERE e.document_id = ? ORDER BY e.id`,
    documentId,
  );
  return rows.map((r) => ({
    ...(r.details ? (JSON.parse(r.details) as object) : {}),
    id: r.key,
    kind: r.kind,
    name: r.name,
    country: r.country,
    ...(r.category ? { category: r.category } : {}),
    mentions: JSON.parse(r.mentions) as EntityRecord["mentions"],
  }));
}

/** A stored document as the pipeline reads it, for re-extraction. */
export function loadSourceDocument(sql: Sql, id: number): SourceDocument | null {
  const r = sql.get<{
    key: string;
    title: string | null;
    outlet: string | null;
    url: string | null;
    published: string | null;
    language: string;
    wire: string | null;
    origin: string | null;
    text: string;
    offsets: string;
  }>(
    "SELECT key, title, outlet, url, published, language, wire, origin, text, offsets FROM documents WHERE id = ?",
    id,
  );
  if (!r) return null;
  const { key, text, offsets, ...meta } = r;
  return { meta: { id: key, ...meta }, text, offsets: JSON.parse(offsets) as SourceDocument["offsets"] };
}
