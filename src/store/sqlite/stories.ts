// Syndication: a document joins the story of the most similar stored document (MinHash over
// shingles, looked up by band), or starts a story of its own.
import { SAME_STORY, signatureBands, similarity } from "../../aggregate/minhash.js";
import type { Sql } from "./sql.js";

export function assignStory(sql: Sql, signature: readonly number[]): number {
  const bands = signatureBands(signature);
  const candidates = new Set<number>();
  for (const band of bands) {
    for (const row of sql.all<{ document_id: number }>(
      "SELECT document_id FROM document_bands WHERE band = ? LIMIT 50",
      band,
    )) {
      candidates.add(row.document_id);
    }
  }
  let best: { story: number; score: number } | null = null;
  for (const id of candidates) {
    const row = sql.get<{ signature: Buffer; story_id: number }>(
      "SELECT signature, story_id FROM documents WHERE id = ?",
      id,
    );
    if (!row) continue;
    const score = similarity(signature, decodeSignature(row.signature));
    if (score >= SAME_STORY && (!best || score > best.score)) best = { story: row.story_id, score };
  }
  if (best) return best.story;
  return sql.run("INSERT INTO stories (documents) VALUES (0)").lastInsertRowid;
}

export function writeBands(sql: Sql, documentId: number, signature: readonly number[]): void {
  for (const band of new Set(signatureBands(signature))) {
    sql.run("INSERT OR IGNORE INTO document_bands (band, document_id) VALUES (?, ?)", band, documentId);
  }
}

export function decodeSignature(blob: Buffer): number[] {
  const copy = new Uint8Array(blob.byteLength);
  copy.set(blob);
  return Array.from(new Uint32Array(copy.buffer));
}
