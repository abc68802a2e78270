// Claims as JSON Lines: one claim per line with its source, document and evidence.
import type { StoredClaim } from "../store/types.js";

export async function* claimsJsonl(claims: AsyncIterable<StoredClaim>): AsyncGenerator<string> {
  for await (const c of claims) yield `${JSON.stringify({ schema: "armstrace.claim/1", ...c })}\n`;
}
