// "The contents of this meeting were shared with the Associated Press": a sentence that passes
// the previous one on adds the receiving body to the `via` chain of that sentence's claims.
import type { Refiner } from "../context.js";
import { hitWith } from "../sentence-view.js";
import { listenerAfter } from "../speaker.js";

export const relayVia: Refiner = (drafts, ctx) => {
  for (const view of ctx.views) {
    const relay = view.hits.find((h) => hitWith(view, h.from, "relay"));
    if (!relay || view.sentence.index === 0) continue;
    const listeners = listenerAfter(view, ctx, relay.to, view.tokens.length);
    if (!listeners.length) continue;
    // The sentence passed on is the last one before with claims (list debris may sit between).
    const previous = [...drafts].reverse().find((d) => d.view.sentence.index < view.sentence.index)?.view;
    if (!previous || view.sentence.index - previous.sentence.index > 2) continue;
    for (const d of drafts)
      if (d.view === previous && d.sources[0]?.source.kind !== "author") d.via.push(...listeners);
  }
  return drafts;
};
