// Runs claim extraction on marked-up text with the real claim lexicon (the entity layer is
// replaced by the markup; see markup.ts), and summarises claims for table-driven assertions.
import type { Claim } from "../../src/core/model.js";
import { extractClaims } from "../../src/extract/index.js";
import { CLAIM_FILES, compileClaimCues } from "../../src/lexicon/claim-cues.js";
import { readLexiconFiles } from "../../src/lexicon/load.js";
import type { Lexicons } from "../../src/lexicon/types.js";
import { annotateMarkup } from "./markup.js";

const claims = compileClaimCues(readLexiconFiles(CLAIM_FILES));
// Only the claim cues are read by src/extract; the other parts are the entity layer's.
const lex = { claims } as Pick<Lexicons, "claims"> as Lexicons;

export function claimsOf(marked: string): Claim[] {
  return extractClaims(annotateMarkup(marked), lex);
}

/** "transfer KP>RU [missile,ammunition] ongoing PR+ military/KR" — one line per claim. */
export function summarise(c: Claim): string {
  const who =
    c.type === "meeting"
      ? (c.participants ?? []).join("+")
      : c.type === "condemnation"
        ? `>${c.target}`
        : `${c.supplier ?? "-"}>${c.recipient ?? "-"}`;
  const items =
    c.type === "meeting" || c.type === "condemnation" ? "" : ` [${c.items.map((i) => i.category).join(",")}]`;
  return `${c.type} ${who}${items} ${c.status} ${c.factuality} ${c.source.kind}/${c.source.country ?? "-"}`;
}

export function summaries(marked: string): string[] {
  return claimsOf(marked).map(summarise);
}

/** The text of a claim's role spans, e.g. roleTexts(c, "supplier") → ["North Korea"]. */
export function roleTexts(marked: string, c: Claim, role: string): string[] {
  const text = annotateMarkup(marked).doc.text;
  return c.explain.roles.filter((r) => r.role === role).map((r) => text.slice(r.span.start, r.span.end));
}

export function triggerText(marked: string, c: Claim): string {
  const t = c.explain.trigger;
  return t ? annotateMarkup(marked).doc.text.slice(t.start, t.end) : "";
}
