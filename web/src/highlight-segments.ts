// Cutting a text at highlight boundaries, so that overlapping highlights (a state inside a claim
// sentence) become flat runs of text that each know every highlight covering them.

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

export interface Segment {
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
