// Claims, their items and their sources. Each claim is tied to its sentence and to the origin it
// counts toward, ready for aggregation.
import { stanceOf } from "../../aggregate/keys.js";
import { originOf } from "../../aggregate/origins.js";
import type { Claim, ClaimSource } from "../../core/model.js";
import type { DocumentRecord, Stance } from "../types.js";
import type { Sql } from "./sql.js";

export interface ClaimToAggregate {
  id: number;
  documentId: number;
  claim: Claim;
  stance: Stance;
  origin: string;
  sourceId: number;
  /** The date it was reported: the document's, else the claim's own. */
  reported: string | null;
}

export function writeClaims(
  sql: Sql,
  documentId: number,
  claims: readonly Claim[],
  record: DocumentRecord,
  sentenceOf: (offset: number) => number | null,
): ClaimToAggregate[] {
  const storyId = sql.get<{ story_id: number }>(
    "SELECT story_id FROM documents WHERE id = ?",
    documentId,
  )!.story_id;
  const extractor = record.extraction.extractor;
  return claims.map((claim) => {
    // The article's own voice is the outlet's: "Reuters (own voice)" is a source analysts can rank.
    const source: ClaimSource =
      claim.source.kind === "author" ? { ...claim.source, name: record.doc.meta.outlet } : claim.source;
    const sourceId = upsertSource(sql, source);
    const reported = record.doc.meta.published ?? claim.time?.start ?? null;
    const stance = stanceOf(claim.factuality);
    const origin = originOf(claim.source, sourceId, storyId);
    const sentenceId = sentenceOf(claim.evidence.start);
    const id = insertClaim(sql, {
      documentId,
      claim,
      stance,
      origin,
      sourceId,
      reported,
      extractor,
      sentenceId,
    });
    claim.items.forEach((item, idx) => {
      sql.run(
        `INSERT INTO claim_items (claim_id, idx, category, coarse, text, quantity_value, quantity_unit,
           quantity_qualifier) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        id,
        idx,
        item.category,
        item.category.split(".")[0]!,
        item.text,
        item.quantity?.value ?? null,
        item.quantity?.unit ?? null,
        item.quantity?.qualifier ?? null,
      );
    });
    return { id, documentId, claim, stance, origin, sourceId, reported };
  });
}

function upsertSource(sql: Sql, s: ClaimSource): number {
  const country = s.country ?? "";
  const name = s.name ?? "";
  sql.run("INSERT OR IGNORE INTO sources (kind, country, name) VALUES (?, ?, ?)", s.kind, country, name);
  return sql.get<{ id: number }>(
    "SELECT id FROM sources WHERE kind = ? AND country = ? AND name = ?",
    s.kind,
    country,
    name,
  )!.id;
}

interface ClaimInsert {
  documentId: number;
  claim: Claim;
  stance: Stance;
  origin: string;
  sourceId: number;
  reported: string | null;
  extractor: string;
  sentenceId: number | null;
}

function insertClaim(sql: Sql, c: ClaimInsert): number {
  const { claim } = c;
  return sql.run(
    `INSERT INTO claims (document_id, local_id, type, supplier, recipient, participants, target, status,
       factuality, stance, source_id, via, time_text, time_start, time_end, evidence_start, evidence_end,
       evidence_text, cue, sentence_id, origin, reported, month, extractor, explain)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    c.documentId,
    claim.id,
    claim.type,
    claim.supplier,
    claim.recipient,
    claim.participants ? JSON.stringify(claim.participants) : null,
    claim.target,
    claim.status,
    claim.factuality,
    c.stance,
    c.sourceId,
    JSON.stringify(claim.via),
    claim.time?.text ?? null,
    claim.time?.start ?? null,
    claim.time?.end ?? null,
    claim.evidence.start,
    claim.evidence.end,
    claim.evidence.text,
    claim.evidence.cue,
    c.sentenceId,
    c.origin,
    c.reported,
    c.reported ? c.reported.slice(0, 7) : null,
    c.extractor,
    JSON.stringify(claim.explain),
  ).lastInsertRowid;
}
