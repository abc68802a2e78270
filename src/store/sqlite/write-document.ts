// Writes one document and everything extracted from it. Called inside one transaction.
import { createHash } from "node:crypto";
import type { Claim, ClaimExplanation, EntityRecord, OffsetAnchor, Span } from "../../core/model.js";
import { toBodyOffset } from "../offsets.js";
import type { DocumentRecord } from "../types.js";
import { insertRows, type Sql } from "./sql.js";
import { assignStory } from "./stories.js";
import { type ClaimToAggregate, writeClaims } from "./write-claims.js";

export function textHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function findByText(sql: Sql, text: string): number | undefined {
  return findByHash(sql, textHash(text));
}

export function findByHash(sql: Sql, hash: string): number | undefined {
  return sql.get<{ id: number }>("SELECT id FROM documents WHERE text_hash = ?", hash)?.id;
}

/** Inserts the document row (its text's hash given) and its story; returns its id. */
export function insertDocument(sql: Sql, record: DocumentRecord, hash: string, now: string): number {
  const { meta, text, offsets } = record.doc;
  const keyTaken = sql.get("SELECT 1 FROM documents WHERE key = ?", meta.id) !== undefined;
  const storyId = assignStory(sql, record.signature, { wire: meta.wire, title: meta.title });
  const signature = Buffer.from(new Uint32Array(record.signature).buffer);
  const { lastInsertRowid: id } = sql.run(
    `INSERT INTO documents (key, text_hash, title, outlet, url, published, language, wire, origin,
       text, offsets, signature, story_id, extractor, ingested_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    keyTaken ? hash : meta.id,
    hash,
    meta.title,
    meta.outlet,
    meta.url,
    meta.published,
    meta.language,
    meta.wire,
    meta.origin,
    text,
    JSON.stringify(offsets),
    signature,
    storyId,
    record.extraction.extractor,
    now,
  );
  sql.run("UPDATE stories SET documents = documents + 1 WHERE id = ?", storyId);
  return id;
}

/** Sentences, entities and claims of a stored document; returns the claims to aggregate. */
export function writeExtraction(sql: Sql, documentId: number, record: DocumentRecord): ClaimToAggregate[] {
  const sentenceIds = writeSentences(sql, documentId, record);
  writeEntities(sql, documentId, record.extraction.entities, record.doc.offsets);
  const claims: Claim[] = record.extraction.claims.map((c) => ({
    ...c,
    evidence: { ...c.evidence, ...toBody(record.doc.offsets, c.evidence) },
    explain: explainToBody(record.doc.offsets, c.explain),
  }));
  const sentenceOf = (offset: number) => sentenceIds[sentenceIndexAt(record.sentences, offset)] ?? null;
  return writeClaims(sql, documentId, claims, record, sentenceOf);
}

// Rows of one document go in as multi-row INSERTs: one statement per table instead of one per
// row, which is most of the cost of a document's transaction.
function writeSentences(sql: Sql, documentId: number, record: DocumentRecord): number[] {
  const rows = record.sentences.map((s, idx) => [documentId, idx, s.start, s.end, s.paragraph]);
  const ids = insertRows(sql, "sentences", ["document_id", "idx", "start", "end", "paragraph"], rows);
  const texts = record.sentences.map((s, i) => [ids[i]!, record.doc.text.slice(s.start, s.end)]);
  insertRows(sql, "sentences_fts", ["rowid", "text"], texts);
  return ids;
}

function writeEntities(
  sql: Sql,
  documentId: number,
  entities: EntityRecord[],
  offsets: OffsetAnchor[],
): void {
  const rows = entities.map((e) => {
    const { id: key, kind, name, country, category, mentions: _, ...details } = e;
    const json = Object.keys(details).length ? JSON.stringify(details) : null;
    return [documentId, key, kind, name, country, category ?? null, json];
  });
  const columns = ["document_id", "key", "kind", "name", "country", "category", "details"];
  const ids = insertRows(sql, "entities", columns, rows);
  const mentions = entities.flatMap((e, i) =>
    e.mentions.map((m) => {
      const span = toBody(offsets, m);
      return [ids[i]!, span.start, span.end, m.text];
    }),
  );
  insertRows(sql, "mentions", ["entity_id", "start", "end", "text"], mentions);
  for (const e of entities) recordActor(sql, e);
}

/** Names for actor codes, learnt from the entities that carry them. */
function recordActor(sql: Sql, e: EntityRecord): void {
  const actor = (e as { actor?: unknown }).actor;
  if (e.kind === "country" && e.country) {
    sql.run("INSERT OR IGNORE INTO actors (code, name, kind) VALUES (?, ?, 'state')", e.country, e.name);
  } else if (e.kind === "organisation" && typeof actor === "string") {
    sql.run("INSERT OR IGNORE INTO actors (code, name, kind) VALUES (?, ?, 'organisation')", actor, e.name);
  }
}

function toBody(offsets: OffsetAnchor[], span: Span): Span {
  return { start: toBodyOffset(offsets, span.start), end: toBodyOffset(offsets, span.end) };
}

/** The extraction's explanation spans are input offsets, like its evidence: stored as body offsets. */
function explainToBody(offsets: OffsetAnchor[], e: ClaimExplanation): ClaimExplanation {
  return {
    ...e,
    trigger: e.trigger && toBody(offsets, e.trigger),
    cue: e.cue && toBody(offsets, e.cue),
    roles: e.roles.map((r) => ({ ...r, span: toBody(offsets, r.span) })),
  };
}

/** Index of the sentence holding `offset` (sentences are sorted and do not overlap); -1 if none. */
export function sentenceIndexAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
