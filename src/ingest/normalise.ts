// Cleans a body of text for the recognisers while keeping a map back to the input as given:
// CRLF → LF, odd spaces → space, invisible characters removed, combining sequences composed (NFC;
// compatibility singletons such as U+212B are left alone).
// Every change is one-for-one or a deletion, so a few OffsetAnchors describe the whole map.
import type { OffsetAnchor } from "../core/model.js";

export interface NormalisedText {
  text: string;
  offsets: OffsetAnchor[];
}

const SPACE = 0x20;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** Characters that may take the place of a deleted run before them (see dropRun). */
const SHIFTABLE_AFTER_DELETION = new Set(Array.from(" \n\t.,;:!?)]}”’\"'", (c) => c.charCodeAt(0)));
const COMBINING_MARK = /^\p{M}$/u;

/** "10\u00A0000", thin, figure and ideographic spaces. */
function isOddSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Zero-width characters, soft hyphens, BOMs and bidi controls: invisible, so dropped. */
function isInvisible(code: number): boolean {
  if (code === 0xad || code === 0xfeff || (code >= 0x200b && code <= 0x200f)) return true;
  return (
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** A combining mark to compose with the letter before it ("e\u0301" → "é"). */
function isCombiningMark(code: number): boolean {
  // General punctuation (curly quotes, dashes) is frequent and holds no marks: skip the regex.
  if (code < 0x300 || (code >= 0x2000 && code < 0x20d0)) return false;
  return COMBINING_MARK.test(String.fromCharCode(code));
}

/**
 * Normalises `input.slice(start, end)`, leading and trailing whitespace trimmed. Anchor offsets
 * point into the whole `input`. Works on UTF-16 code units in place: a read and a write position,
 * the write one falling behind at each deletion, where an anchor is recorded.
 */
export function normaliseText(input: string, start = 0, end = input.length): NormalisedText {
  [start, end] = trimRange(input, start, end);
  const units = new Uint16Array(end - start);
  for (let i = 0; i < units.length; i++) units[i] = input.charCodeAt(start + i);
  const map = new AnchorList(start);
  let w = 0;
  let previousKept = false; // whether units[w - 1] is the input character at r - 1, unchanged
  for (let r = 0; r < units.length; r++) {
    const code = units[r]!;
    // Fast path: ASCII (but "\r") and Latin-1 letters after the soft hyphen are kept.
    if ((code < 0xa0 && code !== CARRIAGE_RETURN) || (code > 0xad && code < 0x300)) {
      units[w++] = code;
      previousKept = true;
    } else if (isOddSpace(code)) {
      units[w++] = SPACE;
      previousKept = false;
    } else if (
      code === 0x2028 ||
      code === 0x2029 ||
      (code === CARRIAGE_RETURN && units[r + 1] !== LINE_FEED)
    ) {
      units[w++] = LINE_FEED;
      previousKept = false;
    } else if (code === CARRIAGE_RETURN || isInvisible(code)) {
      [r, w] = dropRun(units, r, w, map);
      previousKept = false;
    } else if (previousKept && isCombiningMark(code)) {
      [r, w] = composeCluster(units, r, w, map);
      previousKept = false;
    } else {
      units[w++] = code;
      previousKept = true;
    }
  }
  const text = Buffer.from(units.buffer, 0, w * 2).toString("utf16le");
  return { text, offsets: map.anchors };
}

/**
 * Drops the run of invisible characters (or the "\r" of "\r\n") starting at `r`. When a space or
 * closing punctuation follows ("word\u200B next", "sent\u200B.", "line\r\n"), that character is
 * written in place of the first dropped one and is itself skipped, so a word ending before the
 * run still ends at the right input offset; only that one character's start maps early.
 * Returns the last read position and the new write position.
 */
function dropRun(units: Uint16Array, r: number, w: number, map: AnchorList): [number, number] {
  let runEnd = r + 1;
  while (runEnd < units.length && isInvisible(units[runEnd]!)) runEnd++;
  const next = units[runEnd];
  if (next !== undefined && SHIFTABLE_AFTER_DELETION.has(next)) {
    units[w++] = next;
    map.add(w, runEnd + 1);
    return [runEnd, w];
  }
  map.add(w, runEnd);
  return [runEnd - 1, w];
}

/** "e\u0301\u0323": the letter written at w - 1 and the marks from `r` on, composed. */
function composeCluster(units: Uint16Array, r: number, w: number, map: AnchorList): [number, number] {
  let clusterEnd = r + 1;
  while (clusterEnd < units.length && isCombiningMark(units[clusterEnd]!)) clusterEnd++;
  const cluster = String.fromCharCode(units[w - 1]!, ...units.subarray(r, clusterEnd));
  const composed = cluster.normalize("NFC");
  w--;
  for (let i = 0; i < composed.length; i++) units[w++] = composed.charCodeAt(i);
  if (composed.length < cluster.length) map.add(w, clusterEnd);
  return [clusterEnd - 1, w];
}

/** Anchors in text order; a later anchor at the same text offset replaces the earlier one. */
class AnchorList {
  readonly anchors: OffsetAnchor[];

  /** `regionStart`: where the normalised region begins in the input. */
  constructor(private readonly regionStart: number) {
    this.anchors = [{ text: 0, input: regionStart }];
  }

  /** From text offset `text` on, the text maps to the region from `regionOffset` on. */
  add(text: number, regionOffset: number): void {
    const input = this.regionStart + regionOffset;
    const last = this.anchors[this.anchors.length - 1]!;
    if (last.text === text) last.input = input;
    else this.anchors.push({ text, input });
  }
}

function isSpace(ch: string): boolean {
  return ch === " " || ch === "\n" || ch === "\t" || ch === "\r" || ch === "\f" || ch === "\v";
}

function trimRange(input: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(input[start]!)) start++;
  while (end > start && isSpace(input[end - 1]!)) end--;
  return [start, end];
}
