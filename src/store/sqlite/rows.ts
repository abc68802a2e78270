// Rows as SQLite returns them, and their mapping to the store's result types.
import { sourceLabel } from "../../aggregate/labels.js";
import type {
  ClaimExplanation,
  ClaimItem,
  ClaimSource,
  ClaimType,
  Factuality,
  Qualifier,
  QuantityUnit,
  SourceKind,
  Status,
} from "../../core/model.js";
import type { AllegationStatus, AllegationSummary, SourceRef, Stance, StoredClaim } from "../types.js";

export interface SourceRow {
  source_id: number;
  source_kind: SourceKind;
  source_country: string;
  source_name: string;
}

export function toSourceRef(r: SourceRow): SourceRef {
  const country = r.source_country || null;
  const name = r.source_name || null;
  return {
    id: r.source_id,
    kind: r.source_kind,
    country,
    name,
    label: sourceLabel(r.source_kind, country, name),
  };
}

export const CLAIM_COLUMNS = `c.id, c.local_id, c.document_id, d.title AS document_title, d.outlet, d.published,
  d.url, c.type, c.supplier, c.recipient, c.participants, c.target, c.status, c.factuality, c.stance,
  c.source_id, s.kind AS source_kind, s.country AS source_country, s.name AS source_name, c.via,
  c.time_text, c.time_start, c.time_end, c.evidence_start, c.evidence_end, c.evidence_text, c.cue,
  c.origin, c.extractor, c.explain`;

export const CLAIM_JOINS = "JOIN documents d ON d.id = c.document_id JOIN sources s ON s.id = c.source_id";
export const CLAIM_FROM = `claims c ${CLAIM_JOINS}`;

export interface ClaimRow extends SourceRow {
  id: number;
  local_id: string;
  document_id: number;
  document_title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  type: ClaimType;
  supplier: string | null;
  recipient: string | null;
  participants: string | null;
  target: string | null;
  status: Status;
  factuality: Factuality;
  stance: Stance;
  via: string;
  time_text: string | null;
  time_start: string | null;
  time_end: string | null;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  cue: string | null;
  origin: string;
  extractor: string;
  explain: string | null;
}

export function toStoredClaim(r: ClaimRow, items: ClaimItem[], generalDenial = false): StoredClaim {
  return {
    id: r.id,
    localId: r.local_id,
    documentId: r.document_id,
    documentTitle: r.document_title,
    outlet: r.outlet,
    published: r.published,
    url: r.url,
    type: r.type,
    supplier: r.supplier,
    recipient: r.recipient,
    participants: r.participants ? (JSON.parse(r.participants) as string[]) : null,
    target: r.target,
    items,
    status: r.status,
    factuality: r.factuality,
    stance: r.stance,
    source: toSourceRef(r),
    via: JSON.parse(r.via) as ClaimSource[],
    time: r.time_text === null ? null : { text: r.time_text, start: r.time_start, end: r.time_end },
    evidence: { start: r.evidence_start, end: r.evidence_end, text: r.evidence_text, cue: r.cue },
    origin: r.origin,
    explain: r.explain ? (JSON.parse(r.explain) as ClaimExplanation) : null,
    generalDenial,
    extractor: r.extractor,
  };
}

export interface AllegationRow {
  id: number;
  key: string;
  type: ClaimType;
  supplier: string | null;
  recipient: string | null;
  item: string;
  status: AllegationStatus;
  claims_for: number;
  claims_against: number;
  general_against: number | null;
  documents: number;
  sources: number;
  independent_origins: number;
  first_seen: string | null;
  last_seen: string | null;
  max_quantity_value: number | null;
  max_quantity_unit: string | null;
  max_quantity_qualifier: string | null;
  max_quantity_claim_id: number | null;
  confidence: number;
  general_id: number | null;
}

export function toAllegationSummary(
  r: AllegationRow,
  asserting: SourceRef[],
  denying: SourceRef[],
  quantitySource: SourceRef | null,
): AllegationSummary {
  const q =
    r.max_quantity_value !== null && r.max_quantity_claim_id !== null && quantitySource
      ? {
          value: r.max_quantity_value,
          unit: r.max_quantity_unit as QuantityUnit,
          qualifier: r.max_quantity_qualifier as Qualifier,
          claimId: r.max_quantity_claim_id,
          source: quantitySource,
        }
      : null;
  return {
    id: r.id,
    key: r.key,
    type: r.type,
    supplier: r.supplier,
    recipient: r.recipient,
    item: r.item,
    status: r.status,
    claimsFor: r.claims_for,
    claimsAgainst: r.claims_against + (r.general_against ?? 0),
    documents: r.documents,
    sources: r.sources,
    independentOrigins: r.independent_origins,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    largestQuantity: q,
    confidence: r.confidence,
    asserting,
    denying,
  };
}
