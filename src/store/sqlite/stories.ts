// Syndication: a document joins the story of the most similar stored document (MinHash over
// shingles, looked up by band), or starts a story of its own.
import { SAME_STORY, signatureBands, similarity } from "../../aggregate/minhash.js";
import type { Sql } from "./sql.js";

/** What else marks a copy: the same wire credit and the same headline ("(AP)", one title). */
export interface StoryHints {
  wire: string | null;
  title: string | null;
}

export function assignStory(sql: Sql, signature: readonly number[], hints: StoryHints): number {
  const bands = signatureBands(signature);
  const candidates = sql.all<{ signature: Buffer; story_id: number }>(
    `SELECT d.signature, d.story_id FROM documents d WHERE d.id IN (
       SELECT document_id FROM document_bands WHERE band IN (SELECT value FROM json_each(?)) LIMIT 200)`,
    JSON.stringify(bands),
  );
  let best: { story: number; score: number } | null = null;
  for (const row of candidates) {
    const score = similarity(signature, decodeSignature(row.signature));
    if (score >= SAME_STORY && (!best || score > best.score)) best = { story: row.story_id, score };
  }
  if (best) return best.story;
  // A wire story cut or rewritten by one outlet shares little text but keeps credit and headline.
  if (hints.wire && hints.title) {
    const same = sql.get<{ story_id: number }>(
      "SELECT story_id FROM documents WHERE wire = ? AND title = ? ORDER BY id LIMIT 1",
      hints.wire,
      hints.title,
    );
    if (same) return same.story_id;
  }
  return sql.run("INSERT INTO stories (documents) VALUES (0)").lastInsertRowid;
}

export function writeBands(sql: Sql, documentId: number, signature: readonly number[]): void {
  sql.run(
    "INSERT OR IGNORE INTO document_bands (band, document_id) SELECT value, ? FROM json_each(?)",
    documentId,
    JSON.stringify(signatureBands(signature)),
  );
}

export function decodeSignature(blob: Buffer): number[] {
  const copy = new Uint8Array(blob.byteLength);
  copy.set(blob);
  return Array.from(new Uint32Array(copy.buffer));
}
