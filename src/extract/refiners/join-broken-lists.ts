// Lists broken by translation debris: "… shotguns and rocket launchers to Russia. , mortars and
// howitzers." A sentence that opens with a comma and holds only items continues the item list
// of the last transfer in the sentence before it.
import type { Refiner } from "../context.js";
import { itemsBetween } from "../items.js";
import { keyAt } from "../sentence-view.js";

export const joinBrokenLists: Refiner = (drafts, ctx) => {
  for (const view of ctx.views) {
    if (keyAt(view, 0) !== ",") continue;
    if (drafts.some((d) => d.view === view)) continue;
    const previous = ctx.views[view.sentence.index - 1];
    const host = [...drafts].reverse().find((d) => d.view === previous && d.type === "transfer");
    if (host) host.items.push(...itemsBetween(view, 0, view.tokens.length));
  }
  // Within one sentence: ". , mortars and howitzers" after the recipient when no split happened.
  for (const d of drafts) {
    if (d.type !== "transfer") continue;
    const view = d.view;
    for (let k = d.trigger.to; k < view.tokens.length - 1; k++) {
      if (keyAt(view, k) === "." && keyAt(view, k + 1) === ",") {
        const more = itemsBetween(view, k + 2, view.tokens.length);
        if (!d.items.some((it) => it.from > k)) d.items.push(...more);
        break;
      }
    }
  }
  return drafts;
};
