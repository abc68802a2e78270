// The evidence store behind one narrow interface, so that a PostgreSQL implementation can follow
// without touching the pipeline, the CLI or the server. Async because PostgreSQL is.
// SKETCH — owned by the store work, which may extend it; the server reads only this file.
import type { Claim, Extraction, SourceDocument } from "../core/model.js";

export type AllegationStatus = "corroborated" | "single-source" | "contested";

export interface AllegationFilter {
  type?: Claim["type"];
  supplier?: string;
  recipient?: string;
  /** Coarse item category ("missile") or a fine one ("missile.srbm"). */
  item?: string;
  status?: AllegationStatus;
  /** ISO date: claims seen (or dated) on or after. */
  since?: string;
  until?: string;
  limit?: number;
  offset?: number;
}

export interface StoreStats {
  documents: number;
  claims: number;
  allegations: number;
  sources: number;
}

export interface Store {
  /** Stores one document and its extraction in one transaction; false if the same text is stored. */
  saveDocument(doc: SourceDocument, extraction: Extraction): Promise<{ stored: boolean; documentId: string }>;
  close(): Promise<void>;
  stats(): Promise<StoreStats>;
}
