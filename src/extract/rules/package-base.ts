// Looking back through the drafts made so far without copying them: rules run once per sentence
// and an article can have many thousands of drafts, so each search walks back only as far as the
// sentences it may reach.
import type { Draft } from "../draft.js";
import type { SentenceView } from "../sentence-view.js";

/** The drafts already made for this sentence (they are the last ones made). */
export function draftsOf(earlier: readonly Draft[], view: SentenceView): Draft[] {
  const out: Draft[] = [];
  for (let k = earlier.length - 1; k >= 0 && earlier[k]!.view === view; k--) out.push(earlier[k]!);
  return out.reverse();
}

/** The latest draft from sentence `first` on that passes `test`, if any. */
export function latestSince(
  earlier: readonly Draft[],
  first: number,
  test: (d: Draft) => boolean,
): Draft | undefined {
  for (let k = earlier.length - 1; k >= 0; k--) {
    const d = earlier[k]!;
    if (d.view.sentence.index < first) return undefined;
    if (test(d)) return d;
  }
  return undefined;
}
