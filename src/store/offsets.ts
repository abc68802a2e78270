// Extraction spans are offsets in the input as given; the store keeps the normalised body text,
// so it maps them back. The inverse of core/offsets.ts: anchors advance together between them.
import type { OffsetAnchor } from "../core/model.js";

export function toBodyOffset(anchors: readonly OffsetAnchor[], inputOffset: number): number {
  let lo = 0;
  let hi = anchors.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid]!.input <= inputOffset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const a = best < 0 ? { text: 0, input: 0 } : anchors[best]!;
  const next = anchors[best + 1];
  const body = a.text + (inputOffset - a.input);
  // Inside a stretch the normaliser deleted: the offset lands where the body text resumes.
  return next && body > next.text ? next.text : body;
}
