// Claims as SQLite returns them, and their mapping to the store's StoredClaim.
import type {
  ClaimExplanation,
  ClaimItem,
  ClaimSource,
  ClaimType,
  Factuality,
  Status,
} from "../../core/model.js";
import type { SourceRef, Stance, StoredClaim } from "../types.js";

// A claim row is read as an array (Sql.rows): the column list and the tuple below go in one order.
// Sources are few (a dozen behind 700 claims) and are read apart, once each (read-claims.ts).
export const CLAIM_COLUMNS = `c.id, c.local_id, c.document_id, d.title, d.outlet, d.published, d.url, c.type,
  c.supplier, c.recipient, c.participants, c.target, c.status, c.factuality, c.stance, c.source_id, c.via,
  c.time_text, c.time_start, c.time_end, c.evidence_start, c.evidence_end, c.evidence_text, c.cue, c.origin,
  c.extractor, c.explain`;

export const CLAIM_JOINS = "JOIN documents d ON d.id = c.document_id";
export const CLAIM_FROM = `claims c ${CLAIM_JOINS}`;

export type ClaimRow = [
  id: number,
  localId: string,
  documentId: number,
  documentTitle: string | null,
  outlet: string | null,
  published: string | null,
  url: string | null,
  type: ClaimType,
  supplier: string | null,
  recipient: string | null,
  participants: string | null,
  target: string | null,
  status: Status,
  factuality: Factuality,
  stance: Stance,
  sourceId: number,
  via: string,
  timeText: string | null,
  timeStart: string | null,
  timeEnd: string | null,
  evidenceStart: number,
  evidenceEnd: number,
  evidenceText: string,
  cue: string | null,
  origin: string,
  extractor: string,
  explain: string | null,
];

export const claimIdOf = (r: ClaimRow): number => r[0];
export const sourceIdOf = (r: ClaimRow): number => r[15];

export function toStoredClaim(
  r: ClaimRow,
  items: ClaimItem[],
  source: SourceRef,
  generalDenial = false,
): StoredClaim {
  const [
    id,
    localId,
    documentId,
    documentTitle,
    outlet,
    published,
    url,
    type,
    supplier,
    recipient,
    participants,
    target,
    status,
    factuality,
    stance,
    _sourceId, // the caller looks the source up: `source`
    via,
    timeText,
    timeStart,
    timeEnd,
    evidenceStart,
    evidenceEnd,
    evidenceText,
    cue,
    origin,
    extractor,
    explain,
  ] = r;
  return {
    id,
    localId,
    documentId,
    documentTitle,
    outlet,
    published,
    url,
    type,
    supplier,
    recipient,
    participants: participants ? (JSON.parse(participants) as string[]) : null,
    target,
    items,
    status,
    factuality,
    stance,
    source: { ...source },
    via: via === "[]" ? [] : (JSON.parse(via) as ClaimSource[]),
    time: timeText === null ? null : { text: timeText, start: timeStart, end: timeEnd },
    evidence: { start: evidenceStart, end: evidenceEnd, text: evidenceText, cue },
    origin,
    explain: explain ? (JSON.parse(explain) as ClaimExplanation) : null,
    generalDenial,
    extractor,
  };
}
