// What the server needs from the rest of armstrace, handed in by `armstrace serve` (and by tests).
import type { Extraction, SourceDocument } from "../core/model.js";
import type { SaveResult, StoreReader } from "../store/types.js";

export interface ServerDeps {
  store: StoreReader;
  /** Runs the pipeline on one parsed article; nothing is stored. */
  extract: (doc: SourceDocument) => Promise<Extraction>;
  /** Extracts and stores one parsed article (the ingest use-case). */
  save: (doc: SourceDocument) => Promise<SaveResult>;
  /** Token that POST /api/documents requires; null turns storing over HTTP off. */
  token: string | null;
  /** Built web UI (web/dist), or null to serve the API only. */
  webRoot: string | null;
  /** Host the server binds to; on loopback, requests with another Host header are refused. */
  host: string;
  /** Largest request body in bytes. */
  bodyLimit: number;
  extractor: string;
  version: string;
  logError: (err: unknown) => void;
}

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;
