// Gives each draft its source(s) and via chain: the innermost reporting frame whose content holds
// the trigger is the source; the frames around it are intermediaries, nearest first. With no
// frame, the article's own voice speaks (source kind `author`).
import type { Attribution } from "../attribution.js";
import type { Refiner } from "../context.js";
import { AUTHOR, type Draft } from "../draft.js";

export const attribute: Refiner = (drafts, ctx) => {
  for (const d of drafts) {
    const frames = (ctx.attributions[d.view.sentence.index] ?? []).filter(
      (f) => f.content.from <= d.trigger.from && d.trigger.from < f.content.to && f.speakers.length,
    );
    frames.sort((a, b) => b.content.from - a.content.from || a.content.to - b.content.to);
    const inner = frames[0];
    if (d.ownSources) {
      d.sources = d.ownSources;
      d.via = frames.flatMap(viaOf);
      continue;
    }
    if (!inner) {
      d.sources = [{ source: AUTHOR, span: null }];
      continue;
    }
    applyFrame(d, inner, frames.slice(1));
  }
  return drafts;
};

function applyFrame(d: Draft, inner: Attribution, outer: Attribution[]): void {
  d.sources = inner.speakers;
  d.baseFactuality = inner.factuality;
  d.via = [...inner.listeners, ...outer.flatMap(viaOf)].filter(
    (v) => !inner.speakers.some((s) => s.source.name === v.name && s.source.kind === v.kind),
  );
  if (inner.cueText) d.cue = inner.cue;
  if (inner.content.from > d.scopeFrom) d.scopeFrom = inner.content.from;
}

function viaOf(f: Attribution) {
  return [...f.listeners, ...f.speakers.map((s) => s.source)];
}
