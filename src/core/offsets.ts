import type { OffsetAnchor } from "./model.js";

/** Maps an offset in the normalised body text to the input as given. */
export function toInputOffset(anchors: readonly OffsetAnchor[], offset: number): number {
  // Binary search for the last anchor at or before `offset`.
  let lo = 0;
  let hi = anchors.length - 1;
  let best: OffsetAnchor = { text: 0, input: 0 };
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const a = anchors[mid]!;
    if (a.text <= offset) {
      best = a;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best.input + (offset - best.text);
}
