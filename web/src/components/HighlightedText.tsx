// Text with highlighted ranges, rendered as plain React text nodes split into <mark> spans:
// article text never becomes HTML, so "<img src=x onerror=…>" shows as those characters.
import type { ReactNode } from "react";

export const MARK_KINDS = [
  "claim",
  "focus",
  "country",
  "organisation",
  "person",
  "weapon",
  "quantity",
  "time",
  "supplier",
  "recipient",
  "participant",
  "target",
  "source",
  "item",
  "trigger",
  "cue",
] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  label?: string;
}

interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/** Cuts [0, length) at every mark boundary; each piece knows which marks cover it. */
export function segment(length: number, marks: readonly Mark[]): Segment[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= length && m.start < m.end);
  const cuts = new Set<number>([0, length]);
  for (const m of valid) cuts.add(m.start).add(m.end);
  const sorted = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const pieces: Segment[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    active = active.filter((m) => m.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) active.push(byStart[next++]!);
    pieces.push({ start, end, marks: active.filter((m) => m.start <= start && m.end >= end) });
  }
  return pieces;
}

export function HighlightedText(props: { text: string; marks: readonly Mark[]; className?: string }) {
  const nodes: ReactNode[] = segment(props.text.length, props.marks).map((s) => {
    const piece = props.text.slice(s.start, s.end);
    if (s.marks.length === 0) return piece;
    const kinds = [...new Set(s.marks.map((m) => m.kind))];
    const labels = s.marks.map((m) => m.label ?? m.kind).join(" · ");
    return (
      <mark key={s.start} className={kinds.map((k) => `hl-${k}`).join(" ")} title={labels}>
        {piece}
      </mark>
    );
  });
  return <span className={props.className}>{nodes}</span>;
}
