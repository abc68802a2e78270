// One shape for a claim on screen, whether it comes from the store or from a fresh extraction.

import { allegationKeysOf, keyToString } from "../../src/aggregate/keys.js";
import type {
  Claim,
  ClaimExplanation,
  ClaimItem,
  ClaimSource,
  Factuality,
  Span,
} from "../../src/core/model.js";
import type { Stance, StoredClaim } from "../../src/store/types.js";
import type { Mark, MarkKind } from "./components/HighlightedText.js";
import { paths } from "./router.js";

export interface ClaimView {
  key: string;
  type: Claim["type"];
  supplier: string | null;
  recipient: string | null;
  stance: Stance;
  factuality: Factuality;
  status: Claim["status"];
  items: ClaimItem[];
  source: { label: string; kind: string };
  via: string[];
  /** When the claim says it happened (its own time), else null. */
  when: string | null;
  published: string | null;
  outlet: string | null;
  title: string | null;
  documentLink: string | null;
  /** Keys of the allegations a stored claim counts toward ("transfer/FI/EE/ammunition"). */
  allegations: string[];
  evidence: string;
  /** Highlights relative to the evidence text. */
  marks: Mark[];
}

export const FACTUALITY_LABEL: Record<Factuality, string> = {
  "CT+": "certain",
  "PR+": "probable",
  "PS+": "possible",
  "CT-": "denied",
  "PR-": "probably not",
  "PS-": "possibly not",
  Uu: "uncommitted",
};

export function stanceOf(f: Factuality): Stance {
  if (f.endsWith("+")) return "for";
  return f.endsWith("-") ? "against" : "neutral";
}

export function sourceLabel(s: ClaimSource): string {
  if (s.kind === "author") return "the article itself";
  const name = s.name ?? `unnamed ${s.kind} source`;
  return s.country && !name.includes(s.country) ? `${name} (${s.country})` : name;
}

/** Trigger, cue and role spans, moved to be relative to the evidence sentence. */
export function evidenceMarks(explain: ClaimExplanation | undefined, evidence: Span): Mark[] {
  if (!explain) return [];
  const rel = (s: Span, kind: MarkKind, label: string): Mark => ({
    start: s.start - evidence.start,
    end: s.end - evidence.start,
    kind,
    label,
  });
  const marks = explain.roles.map((r) => rel(r.span, r.role, r.role));
  if (explain.trigger) marks.push(rel(explain.trigger, "trigger", `trigger (${explain.rule})`));
  if (explain.cue) marks.push(rel(explain.cue, "cue", "cue"));
  return marks;
}

function timeText(t: Claim["time"]): string | null {
  if (!t) return null;
  return t.start ? `${t.start}${t.end && t.end !== t.start ? ` – ${t.end}` : ""}` : t.text;
}

export function fromStored(c: StoredClaim): ClaimView {
  return {
    key: String(c.id),
    type: c.type,
    supplier: c.supplier,
    recipient: c.recipient,
    stance: c.stance,
    factuality: c.factuality,
    status: c.status,
    items: c.items,
    source: { label: c.source.label, kind: c.source.kind },
    via: c.via.map(sourceLabel),
    when: timeText(c.time),
    published: c.published,
    outlet: c.outlet,
    title: c.documentTitle,
    documentLink: paths.document(String(c.documentId), String(c.id)),
    allegations: allegationKeysOf(c).map(keyToString),
    evidence: c.evidence.text,
    marks: evidenceMarks(c.explain ?? undefined, c.evidence),
  };
}

export function fromExtracted(
  c: Claim,
  doc: { title: string | null; outlet: string | null; published: string | null },
): ClaimView {
  return {
    key: c.id,
    type: c.type,
    supplier: c.supplier,
    recipient: c.recipient,
    stance: stanceOf(c.factuality),
    factuality: c.factuality,
    status: c.status,
    items: c.items,
    source: { label: sourceLabel(c.source), kind: c.source.kind },
    via: c.via.map(sourceLabel),
    when: timeText(c.time),
    published: doc.published,
    outlet: doc.outlet,
    title: doc.title,
    documentLink: null,
    allegations: [],
    evidence: c.evidence.text,
    marks: evidenceMarks(c.explain ?? undefined, c.evidence),
  };
}
