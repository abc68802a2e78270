// What the highlight colours mean, shown beside highlighted text.
import type { MarkKind } from "./HighlightedText.js";

const LABELS: Partial<Record<MarkKind, string>> = {
  supplier: "supplier",
  recipient: "recipient",
  item: "items",
  trigger: "trigger word",
  source: "source",
  cue: "reporting cue",
  claim: "claim sentence",
  country: "state",
  organisation: "organisation",
  person: "person",
  weapon: "weapon",
  quantity: "quantity",
  time: "time",
};

export const CLAIM_KEY: MarkKind[] = ["supplier", "recipient", "item", "trigger", "source", "cue"];
export const DOCUMENT_KEY: MarkKind[] = [
  "claim",
  "country",
  "organisation",
  "person",
  "weapon",
  "quantity",
  "time",
];

export function HighlightKey({ kinds }: { kinds: readonly MarkKind[] }) {
  return (
    <p className="highlight-key">
      <span className="muted">Highlights:</span>
      {kinds.map((k) => (
        <mark key={k} className={`hl-${k}`}>
          {LABELS[k] ?? k}
        </mark>
      ))}
    </p>
  );
}
