// Text with highlighted ranges, rendered as plain React text nodes split into <mark> spans:
// article text never becomes HTML, so "<img src=x onerror=…>" shows as those characters.
import type { ReactNode } from "react";
import { type Mark, segment } from "../highlight-segments.js";

export { MARK_KINDS, type Mark, type MarkKind } from "../highlight-segments.js";

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
