// Cleans a body of text for the recognisers while keeping a map back to the input as given:
// CRLF → LF, odd spaces → space, invisible characters removed, combining sequences composed (NFC;
// compatibility singletons such as U+212B are left alone).
// Every change is one-for-one or a deletion, so a few OffsetAnchors describe the whole map.
import type { OffsetAnchor } from "../core/model.js";

export interface NormalisedText {
  text: string;
  offsets: OffsetAnchor[];
}

/** "10\u00A0000", thin, figure and ideographic spaces: one-for-one to " ", so no anchors. */
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** A lone "\r" and the Unicode line and paragraph separators: one-for-one to "\n". */
const ODD_LINE_END = /\r(?!\n)|[\u2028\u2029]/g;
/** Characters that may take the place of a deleted run before them (see deleteRun). */
const SHIFTABLE_AFTER_DELETION = " \n\t.,;:!?)]}”’\"'";
const COMBINING_MARK = /^\p{M}$/u;

/** Zero-width characters, soft hyphens, BOMs and bidi controls: invisible, so dropped. */
function isInvisible(code: number): boolean {
  if (code === 0xad || code === 0xfeff || (code >= 0x200b && code <= 0x200f)) return true;
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2064) || (code >= 0x2066 && code <= 0x2069);
}

/** A combining mark to compose with the letter before it ("e\u0301" → "é"). */
function isCombiningMark(code: number, char: string): boolean {
  // General punctuation (curly quotes, dashes) is frequent and holds no marks: skip the regex.
  if (code < 0x300 || (code >= 0x2000 && code < 0x20d0)) return false;
  return COMBINING_MARK.test(char);
}

/**
 * Normalises `input.slice(start, end)`, leading and trailing whitespace trimmed. Anchor offsets
 * point into the whole `input`. One-for-one replacements run first as native regex replaces; the
 * character loop then only stops at "\r\n", invisible characters and combining marks.
 */
export function normaliseText(input: string, start = 0, end = input.length): NormalisedText {
  [start, end] = trimRange(input, start, end);
  const region = input.slice(start, end).replace(ODD_SPACE, " ").replace(ODD_LINE_END, "\n");
  const out = new TextBuilder(start);
  let copied = 0;
  for (let i = 0; i < region.length; i++) {
    const code = region.charCodeAt(i);
    // Fast path: ASCII (but "\r") and Latin-1 letters after the soft hyphen need nothing.
    if ((code < 0xa0 && code !== 13) || (code > 0xad && code < 0x300)) continue;
    if (code === 13 || isInvisible(code)) {
      out.copy(region, copied, i);
      copied = out.deleteRun(region, skipInvisible(region, i + 1), region.length);
    } else if (isCombiningMark(code, region[i]!) && i - 1 >= copied) {
      out.copy(region, copied, i - 1);
      copied = composeCluster(region, i - 1, out);
    } else continue;
    i = copied - 1;
  }
  out.copy(region, copied, region.length);
  return out.finish();
}

/** The end of a run of invisible characters starting at `from`. */
function skipInvisible(text: string, from: number): number {
  let end = from;
  while (end < text.length && isInvisible(text.charCodeAt(end))) end++;
  return end;
}

/** "e\u0301\u0323": the letter at `at` and every mark after it, composed; returns the cluster end. */
function composeCluster(text: string, at: number, out: TextBuilder): number {
  let clusterEnd = at + 2;
  while (clusterEnd < text.length && COMBINING_MARK.test(text[clusterEnd]!)) clusterEnd++;
  const cluster = text.slice(at, clusterEnd);
  const composed = cluster.normalize("NFC");
  return composed === cluster ? out.replace(cluster, clusterEnd) : out.shrink(composed, clusterEnd);
}

/** The output text in pieces, plus the anchors recorded where the two stop advancing together. */
class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly anchors: OffsetAnchor[];

  /** Positions passed in are into the region; `inputStart` is where the region begins in the input. */
  constructor(private readonly inputStart: number) {
    this.anchors = [{ text: 0, input: inputStart }];
  }

  copy(input: string, from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(input.slice(from, to));
    this.length += to - from;
  }

  /** Same-length replacement; no anchor needed. */
  replace(text: string, resumeAt: number): number {
    this.parts.push(text);
    this.length += text.length;
    return resumeAt;
  }

  /** A shorter replacement: the text after it maps to the input after the replaced run. */
  shrink(text: string, resumeAt: number): number {
    this.replace(text, resumeAt);
    this.anchor(resumeAt);
    return resumeAt;
  }

  /**
   * Drops the invisible run that ends at `to`. When a space or closing punctuation follows
   * ("word\u200B next", "sent\u200B.", "line\r\n"), that character is written in place of the
   * first dropped one and is itself skipped, so a word ending before the run still ends at the
   * right input offset; only that one character's start maps early.
   */
  deleteRun(input: string, to: number, end: number): number {
    const next = to < end ? input[to]! : "";
    if (next !== "" && SHIFTABLE_AFTER_DELETION.includes(next)) {
      this.replace(next, to + 1);
      this.anchor(to + 1);
      return to + 1;
    }
    this.anchor(to);
    return to;
  }

  private anchor(regionOffset: number): void {
    const input = this.inputStart + regionOffset;
    const last = this.anchors[this.anchors.length - 1]!;
    if (last.text === this.length) last.input = input;
    else this.anchors.push({ text: this.length, input });
  }

  finish(): NormalisedText {
    return { text: this.parts.join(""), offsets: this.anchors };
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
