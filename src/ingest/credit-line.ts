// Who the article credits: a trailing credit line ("Source: DN", "(Reuters)", "— AFP") or an
// opening dateline ("SEOUL (AP) —"). The credit stays in the body text; it is only recorded.
import type { WireTable } from "./wires.js";

export interface Credit {
  /** The credited name as written, for `outlet` when the metadata has none. */
  outlet: string | null;
  /** Canonical wire agency name when the credit is a known wire. */
  wire: string | null;
}

/** "Source: DN", "Credit: Reuters", "Sources: AP, AFP" as the whole last line. */
const LABELLED_CREDIT = /^(?:sources?|credits?|via)\s*:\s*([^\n]{1,80}?)\s*\.?$/i;
/** "(Reuters)" alone on the last line, or closing it: "…said on Friday. (AFP)". */
const PARENTHESISED_CREDIT = /\(([^()\n]{1,40})\)\s*\.?$/;
/** "— Reuters" or "- AFP" alone on the last line. */
const DASHED_CREDIT = /^[-—–]{1,2}\s*([^\n]{1,40}?)\s*$/;
/**
 * "SEOUL (AP) —", "KYIV, Ukraine (Reuters) -", "WASHINGTON, Nov 2 (Reuters) -": a city in capitals,
 * up to two comma-separated parts, the credit in parentheses, then a dash. Each part is bounded.
 */
const DATELINE = /^[A-Z][A-Z.'’ -]{1,40}(?:,[^,()\n]{1,30}){0,2}\s?\(([^()\n]{1,40})\)\s{0,3}[-—–]/;
/** A multi-agency credit is split here to find a known wire in it: "AP, AFP", "Reuters/dpa". */
const CREDIT_SEPARATOR = /\s*[,/;&]\s*|\s+and\s+/;

export function findCredit(text: string, wires: WireTable): Credit {
  return creditFromLastLine(lastLine(text), wires) ?? creditFromDateline(text, wires) ?? none();
}

function creditFromLastLine(line: string, wires: WireTable): Credit | null {
  const labelled = LABELLED_CREDIT.exec(line)?.[1];
  if (labelled) return toCredit(labelled, wires);
  const dashed = DASHED_CREDIT.exec(line)?.[1];
  if (dashed && lookupWire(dashed, wires)) return toCredit(dashed, wires);
  // Only the tail of a long line can hold "(Reuters)"; a bounded slice keeps the scan short.
  const parenthesised = PARENTHESISED_CREDIT.exec(line.slice(-60))?.[1];
  if (!parenthesised) return null;
  const alone = line.trim().startsWith(`(${parenthesised}`);
  // Mid-text "(NIS)" closing a sentence is not a credit unless it names a wire.
  if (alone || lookupWire(parenthesised, wires)) return toCredit(parenthesised, wires);
  return null;
}

function creditFromDateline(text: string, wires: WireTable): Credit | null {
  const credit = DATELINE.exec(text.slice(0, 160))?.[1];
  return credit ? toCredit(credit, wires) : null;
}

function toCredit(raw: string, wires: WireTable): Credit {
  const name = raw.trim();
  const whole = lookupWire(name, wires);
  if (whole) return { outlet: whole, wire: whole };
  const firstWire = name
    .split(CREDIT_SEPARATOR)
    .map((part) => lookupWire(part, wires))
    .find((found) => found !== undefined);
  return { outlet: name, wire: firstWire ?? null };
}

function lookupWire(name: string, wires: WireTable): string | undefined {
  return wires.get(name.trim().toLowerCase());
}

function lastLine(text: string): string {
  const end = text.trimEnd().length;
  const start = text.lastIndexOf("\n", end - 1) + 1;
  return text.slice(start, end).trim();
}

function none(): Credit {
  return { outlet: null, wire: null };
}
