// Rows as SQLite returns them, and their mapping to the store's result types.
import { sourceLabel } from "../../aggregate/labels.js";
import type { ClaimType, Qualifier, QuantityUnit, SourceKind } from "../../core/model.js";
import type { AllegationStatus, AllegationSummary, SourceRef } from "../types.js";

export interface SourceRow {
  source_id: number;
  source_kind: SourceKind;
  source_country: string;
  source_name: string;
}

export function toSourceRef(r: SourceRow): SourceRef {
  return sourceRef(r.source_id, r.source_kind, r.source_country, r.source_name);
}

/** Sources store "" for no country or name (so that UNIQUE holds); the API says null. */
export function sourceRef(
  id: number,
  kind: SourceKind,
  storedCountry: string,
  storedName: string,
): SourceRef {
  const country = storedCountry || null;
  const name = storedName || null;
  return { id, kind, country, name, label: sourceLabel(kind, country, name) };
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
