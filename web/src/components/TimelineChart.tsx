// Claims for (up) and against (down) per month reported, as a small SVG bar chart. Built from the
// claims on the page, so general denials ("rejected the accusations") count as they do in the list.
import type { ClaimView } from "../claim-view.js";

const BAR = 36;
const GAP = 14;
const HALF = 36;

interface MonthCount {
  month: string;
  for: number;
  against: number;
}

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** Every month from the first to the last claim, empty months included, so gaps show as gaps. */
export function countByMonth(claims: readonly ClaimView[]): MonthCount[] {
  const counts = new Map<string, MonthCount>();
  for (const c of claims) {
    const month = (c.published ?? "").slice(0, 7);
    if (!/^\d{4}-\d{2}$/.test(month) || c.stance === "neutral") continue;
    const entry = counts.get(month) ?? { month, for: 0, against: 0 };
    entry[c.stance === "for" ? "for" : "against"]++;
    counts.set(month, entry);
  }
  const months = [...counts.keys()].sort();
  if (months.length === 0) return [];
  const out: MonthCount[] = [];
  for (let m = months[0]!; m <= months.at(-1)! && out.length < 240; m = nextMonth(m)) {
    out.push(counts.get(m) ?? { month: m, for: 0, against: 0 });
  }
  return out;
}

export function TimelineChart({ claims }: { claims: readonly ClaimView[] }) {
  const months = countByMonth(claims);
  if (months.length === 0) return null;
  const most = Math.max(1, ...months.map((b) => Math.max(b.for, b.against)));
  const scale = (n: number) => (n / most) * (HALF - 4);
  const width = months.length * (BAR + GAP) + GAP;
  return (
    <figure className="timeline-chart">
      <svg width={width} height={HALF * 2 + 18} role="img" aria-label="claims for and against per month">
        <line x1={0} x2={width} y1={HALF} y2={HALF} stroke="#8c959f" />
        {months.map((b, i) => {
          const x = GAP + i * (BAR + GAP);
          return (
            <g key={b.month}>
              <title>{`${b.month}: ${b.for} for, ${b.against} against`}</title>
              <rect x={x} y={HALF - scale(b.for)} width={BAR} height={scale(b.for)} fill="#1a7f37" />
              <rect x={x} y={HALF} width={BAR} height={scale(b.against)} fill="#cf222e" />
              <text x={x + BAR / 2} y={HALF * 2 + 14} fontSize={11} fill="#57606a" textAnchor="middle">
                {b.month}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">Claims per month reported: for above the line, against below.</figcaption>
    </figure>
  );
}
