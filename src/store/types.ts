// The evidence store behind one narrow interface, so that a PostgreSQL implementation can follow
// without touching the pipeline, the CLI or the server. Async because PostgreSQL is.
// The server and the web UI read only this file (and src/app); the SQLite implementation is
// src/store/sqlite/*. Ids are database integers; `key` fields are stable across databases.
import type {
  Claim,
  ClaimExplanation,
  ClaimType,
  EntityRecord,
  Extraction,
  Factuality,
  Quantity,
  SourceDocument,
  SourceKind,
  Span,
} from "../core/model.js";

export type AllegationStatus = "corroborated" | "single-source" | "contested";

/** "for" asserts the allegation (CT+ PR+ PS+), "against" denies it (CT- PR- PS-), Uu neither. */
export type Stance = "for" | "against" | "neutral";

// ---------------------------------------------------------------- writing

/** What the ingest worker hands the store for one document: all of it is written at once. */
export interface DocumentRecord {
  doc: SourceDocument;
  extraction: Extraction;
  /** Sentence spans in body offsets (SourceDocument.text), from the entity layer. */
  sentences: Array<Span & { paragraph: number }>;
  /** MinHash signature of the body text (src/aggregate/minhash.ts), for near-duplicate detection. */
  signature: number[];
}

export interface SaveResult {
  /** false when a document with the same normalised text is already stored. */
  stored: boolean;
  documentId: number;
}

// ---------------------------------------------------------------- reading: shared parts

/** A source as the store knows it: its kind + state + name identify it. */
export interface SourceRef {
  id: number;
  kind: SourceKind;
  country: string | null;
  name: string | null;
  /** For people: "South Korea's National Intelligence Service", "author of the article". */
  label: string;
}

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export interface QuantityReport extends Quantity {
  claimId: number;
  source: SourceRef;
}

// ---------------------------------------------------------------- allegations

export interface AllegationFilter {
  type?: ClaimType;
  /** Actor code: "KP", "org:wagner". */
  supplier?: string;
  recipient?: string;
  /** Either side: supplier or recipient. */
  actor?: string;
  /** Coarse item category ("missile"); a fine one ("missile.srbm") is cut to its coarse part. */
  item?: string;
  status?: AllegationStatus;
  /** ISO date: allegations last seen on or after. */
  since?: string;
  /** ISO date: allegations first seen on or before. */
  until?: string;
  /** Only allegations this source takes part in (asserting or denying). */
  sourceId?: number;
  /** Only allegations some claim asserts or denies with one of these factualities (["CT+", "PR+"]). */
  factuality?: Factuality[];
  sort?: "origins" | "claims" | "last_seen" | "confidence";
  limit?: number;
  offset?: number;
}

export interface AllegationSummary {
  id: number;
  /** "transfer/KP/RU/ammunition": type, supplier, recipient ("-" when unknown), coarse item. */
  key: string;
  type: ClaimType;
  supplier: string | null;
  recipient: string | null;
  /** Coarse item category, or "none" for meetings and condemnations. */
  item: string;
  status: AllegationStatus;
  claimsFor: number;
  /** Includes general denials ("rejected the accusations") of the same supplier and recipient. */
  claimsAgainst: number;
  documents: number;
  sources: number;
  /** Distinct primary sources asserting it; syndicated copies and quoting outlets count once. */
  independentOrigins: number;
  /** Dates the allegation was reported (document published), ISO. */
  firstSeen: string | null;
  lastSeen: string | null;
  largestQuantity: QuantityReport | null;
  /** 0..1, see src/aggregate/confidence.ts for the formula (CONFIDENCE_FORMULA). */
  confidence: number;
  /** Source labels asserting and denying, most claims first (at most 10 each). */
  asserting: SourceRef[];
  denying: SourceRef[];
}

export interface OriginSummary {
  /** "source:12" for a named primary source, "story:34" for an article's own voice (one per story). */
  key: string;
  label: string;
  stance: Stance;
  claims: number;
}

export interface AllegationDetail extends AllegationSummary {
  origins: OriginSummary[];
  claims: StoredClaim[];
}

// ---------------------------------------------------------------- claims and documents

/** The contract's claim fields as stored; what a claim says is typed once, in the core model. */
type StoredClaimFields = Pick<
  Claim,
  | "type"
  | "supplier"
  | "recipient"
  | "participants"
  | "target"
  | "items"
  | "status"
  | "factuality"
  | "via"
  | "time"
>;

export interface StoredClaim extends StoredClaimFields {
  id: number;
  /** The claim's id inside its document's extraction ("c3"). */
  localId: string;
  documentId: number;
  documentTitle: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  stance: Stance;
  source: SourceRef;
  /** Evidence span in body offsets of the stored document text. */
  evidence: Claim["evidence"];
  /** The origin it counts toward ("source:12", "story:34"). */
  origin: string;
  /** Rule, trigger, cue and role spans in body offsets, for highlighting the evidence; null if not stored. */
  explain: ClaimExplanation | null;
  /** A denial in general terms (item "arms": "rejected the accusations") shown on an allegation
   *  about a specific item between the same supplier and recipient. */
  generalDenial: boolean;
  extractor: string;
}

export interface DocumentFilter {
  outlet?: string;
  since?: string;
  until?: string;
  /** Only documents with claims about this actor (supplier, recipient or participant). */
  actor?: string;
  limit?: number;
  offset?: number;
}

export interface DocumentSummary {
  id: number;
  /** DocumentMeta.id: sha256 of the normalised text or the record's own id. */
  key: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  wire: string | null;
  origin: string | null;
  /** Syndication cluster: documents that are copies of one story share it. */
  storyId: number;
  claimCount: number;
  extractor: string;
  ingestedAt: string;
}

export interface DocumentDetail extends DocumentSummary {
  /** Normalised body text; every span below is an offset into it. */
  text: string;
  sentences: Array<Span & { index: number; paragraph: number }>;
  entities: EntityRecord[];
  claims: StoredClaim[];
  /** Other documents of the same story (syndicated copies, near duplicates). */
  copies: Array<Pick<DocumentSummary, "id" | "title" | "outlet" | "published">>;
}

// ---------------------------------------------------------------- actors, sources, time, search

export interface ActorSummary {
  /** Actor code: "KP", "org:nato". */
  code: string;
  name: string;
  kind: "state" | "organisation";
  asSupplier: number;
  asRecipient: number;
  /** Allegations it takes part in. */
  allegations: number;
}

export interface SourceFilter {
  kind?: SourceKind;
  country?: string;
  limit?: number;
  offset?: number;
}

export interface SourceSummary extends SourceRef {
  claims: number;
  asserts: number;
  denies: number;
  /** Allegations it asserts. */
  allegations: number;
  /** Allegations it asserts that some other source denies. */
  contradicted: number;
  documents: number;
}

export interface TimelineFilter {
  type?: ClaimType;
  supplier?: string;
  recipient?: string;
  item?: string;
  allegationId?: number;
}

export interface TimelineBucket {
  /** "2023-08": month the claims were reported (document date, else the claim's own date). */
  month: string;
  claimsFor: number;
  claimsAgainst: number;
  documents: number;
  /** Coarse items asserted that month with claim counts. */
  items: Record<string, number>;
}

export interface SearchQuery {
  /** Words or an FTS5 phrase ("artillery shells"). */
  text: string;
  /** Search every stored sentence, not just the evidence of claims. */
  allSentences?: boolean;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  documentId: number;
  documentTitle: string | null;
  outlet: string | null;
  published: string | null;
  sentenceIndex: number;
  sentence: Span & { text: string };
  /** Spans (relative to the sentence text) of the matched words. */
  matches: Span[];
  claimIds: number[];
}

export interface IngestErrorRecord {
  id: number;
  origin: string;
  reason: string;
  at: string;
}

export interface StoreStats {
  documents: number;
  sentences: number;
  entities: number;
  mentions: number;
  claims: number;
  allegations: number;
  allegationsByStatus: Record<AllegationStatus, number>;
  sources: number;
  stories: number;
  ingestErrors: number;
  extractors: Record<string, number>;
  firstPublished: string | null;
  lastPublished: string | null;
  schemaVersion: number;
  /** Bytes on disk, when the store can tell. */
  sizeBytes: number | null;
}

// ---------------------------------------------------------------- the interface

export interface StoreReader {
  listAllegations(filter: AllegationFilter): Promise<Page<AllegationSummary>>;
  /** By numeric id or by key ("transfer/KP/RU/ammunition"); null when unknown. */
  getAllegation(idOrKey: number | string): Promise<AllegationDetail | null>;
  listDocuments(filter: DocumentFilter): Promise<Page<DocumentSummary>>;
  getDocument(id: number): Promise<DocumentDetail | null>;
  getClaim(id: number): Promise<StoredClaim | null>;
  listActors(): Promise<ActorSummary[]>;
  listSources(filter: SourceFilter): Promise<Page<SourceSummary>>;
  timeline(filter: TimelineFilter): Promise<TimelineBucket[]>;
  search(query: SearchQuery): Promise<Page<SearchHit>>;
  listIngestErrors(limit?: number): Promise<IngestErrorRecord[]>;
  /** Every claim in document order, for exports. */
  iterateClaims(): AsyncIterable<StoredClaim>;
  stats(): Promise<StoreStats>;
}

export interface StoreWriter {
  /** True when a document with this normalised text is stored (lets ingest skip extraction). */
  hasText(text: string): Promise<boolean>;
  /** Stores one document, its extraction and the allegations it touches in one transaction. */
  saveDocument(record: DocumentRecord): Promise<SaveResult>;
  /** Replaces a stored document's extraction (after the rules change); one transaction. */
  replaceExtraction(documentId: number, record: DocumentRecord): Promise<void>;
  /** Stored documents, for re-extraction; `notExtractor` keeps those extracted by another version. */
  iterateDocuments(opts?: { notExtractor?: string }): AsyncIterable<{ id: number; doc: SourceDocument }>;
  recordIngestError(origin: string, reason: string): Promise<void>;
}

export interface Store extends StoreReader, StoreWriter {
  close(): Promise<void>;
}
