// Cleans a body of text for the recognisers while keeping a map back to the input as given:
// CRLF → LF, odd spaces → space, invisible characters removed, combining sequences composed (NFC).
// Every change is one-for-one or a deletion, so a few OffsetAnchors describe the whole map.
import type { OffsetAnchor } from "../core/model.js";

export interface NormalisedText {
  text: string;
  offsets: OffsetAnchor[];
}

/** What happens to one character; plain ones are copied as they are. */
enum Change {
  Keep,
  /** "10\u00A0000", thin, figure and ideographic spaces → " ". */
  Space,
  /** A lone "\r", U+2028 and U+2029 end a line → "\n". */
  Newline,
  /** Zero-width characters, soft hyphens, BOMs, bidi controls: invisible, so dropped. */
  Drop,
  /** A combining mark: composed with the letter before it ("e\u0301" → "é"). */
  Compose,
}

/** Characters that may take the place of a deleted run before them (see deleteRun). */
const SHIFTABLE_AFTER_DELETION = " \n\t.,;:!?)]}”’\"'";
const COMBINING_MARK = /^\p{M}$/u;

/** Code-point ranges, checked only for the rare characters outside ASCII and Latin-1 letters. */
function changeOf(code: number, char: string): Change {
  if (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)) return Change.Space;
  if (code === 0x202f || code === 0x205f || code === 0x3000) return Change.Space;
  if (code === 0x2028 || code === 0x2029) return Change.Newline;
  if (code === 0xad || code === 0xfeff || (code >= 0x200b && code <= 0x200f)) return Change.Drop;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2064)) return Change.Drop;
  if (code >= 0x2066 && code <= 0x2069) return Change.Drop;
  return code >= 0x300 && COMBINING_MARK.test(char) ? Change.Compose : Change.Keep;
}

/**
 * Normalises `input.slice(start, end)`, leading and trailing whitespace trimmed. Anchor offsets
 * point into the whole `input`.
 */
export function normaliseText(input: string, start = 0, end = input.length): NormalisedText {
  [start, end] = trimRange(input, start, end);
  const out = new TextBuilder(start);
  let copied = start;
  for (let i = start; i < end; i++) {
    const code = input.charCodeAt(i);
    // Fast path: ASCII (but "\r") and Latin-1 letters after the soft hyphen need nothing.
    if ((code < 0xa0 && code !== 13) || (code > 0xad && code < 0x300)) continue;
    const change = code === 13 ? Change.Newline : changeOf(code, input[i]!);
    if (change === Change.Keep || (change === Change.Compose && i - 1 < copied)) continue;
    const from = change === Change.Compose ? i - 1 : i;
    out.copy(input, copied, from);
    copied = applyChange(change, input, from, end, out);
    i = copied - 1;
  }
  out.copy(input, copied, end);
  return out.finish();
}

/** Writes the replacement for the character(s) at `at`; returns where copying resumes. */
function applyChange(change: Change, input: string, at: number, end: number, out: TextBuilder): number {
  switch (change) {
    case Change.Space:
      return out.replace(" ", at + 1);
    case Change.Newline:
      // "\r\n" is a deletion of the "\r"; a lone "\r" a replacement.
      return input[at] === "\r" && input[at + 1] === "\n"
        ? out.deleteRun(input, at + 1, end)
        : out.replace("\n", at + 1);
    case Change.Drop: {
      let runEnd = at + 1;
      while (runEnd < end && changeOf(input.charCodeAt(runEnd), input[runEnd]!) === Change.Drop) runEnd++;
      return out.deleteRun(input, runEnd, end);
    }
    default: {
      // "e\u0301\u0323": the letter at `at` and every mark after it, composed.
      let clusterEnd = at + 2;
      while (clusterEnd < end && COMBINING_MARK.test(input[clusterEnd]!)) clusterEnd++;
      const cluster = input.slice(at, clusterEnd);
      const composed = cluster.normalize("NFC");
      return composed === cluster ? out.replace(cluster, clusterEnd) : out.shrink(composed, clusterEnd);
    }
  }
}

/** The output text in pieces, plus the anchors recorded where the two stop advancing together. */
class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly anchors: OffsetAnchor[];

  constructor(inputStart: number) {
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

  private anchor(input: number): void {
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
