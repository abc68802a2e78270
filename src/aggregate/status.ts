// The status an analyst reads first: is this said by more than one independent origin, and has
// anyone denied it?
import type { AllegationStatus } from "../store/types.js";

export interface StatusInput {
  /** Independent origins asserting the allegation. */
  assertingOrigins: number;
  /** Origins denying it specifically. */
  denyingOrigins: number;
  /** A general denial ("rejected the accusations") between the same supplier and recipient. */
  pairDenied: boolean;
}

export function allegationStatus(s: StatusInput): AllegationStatus {
  if (s.denyingOrigins > 0 || s.pairDenied) return "contested";
  return s.assertingOrigins >= 2 ? "corroborated" : "single-source";
}
