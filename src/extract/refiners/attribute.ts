// Gives each draft its source(s) and via chain: the innermost reporting frame whose content holds
// the trigger is the source; the frames around it are intermediaries, nearest first. With no
// frame, the article's own voice speaks (source kind `author`).
import type { Attribution } from "../attribution.js";
import type { Refiner } from "../context.js";
import { type Attributed, AUTHOR, type Draft } from "../draft.js";
import { cueAt } from "../sentence-view.js";
import { carryAnnouncements } from "./announced-package.js";
import { hasMarker } from "./status.js";

export const attribute: Refiner = (drafts, ctx) => {
  for (const d of drafts) {
    const frames = (ctx.attributions[d.view.sentence.index] ?? []).filter(
      (f) =>
        f.speakers.length && (holds(f.content, d.trigger.from) || (f.lead && holds(f.lead, d.trigger.from))),
    );
    frames.sort((a, b) => b.content.from - a.content.from || a.content.to - b.content.to);
    // "The administration announced a package for Ukraine": the verb is both trigger and cue.
    const own = (ctx.attributions[d.view.sentence.index] ?? []).find((f) => f.cueFrom === d.trigger.from);
    const inner = own?.speakers.length ? own : frames[0];
    if (d.ownSources) {
      d.sources = d.ownSources;
      d.via = frames.flatMap(viaOf);
      continue;
    }
    if (!inner) {
      d.sourcePerSupplier = !d.inheritFrom && isIntention(d);
      d.sources =
        d.inheritFrom?.sources ?? (d.sourcePerSupplier ? holders(d) : [{ source: AUTHOR, span: null }]);
      continue;
    }
    applyFrame(d, inner, frames.slice(1));
  }
  carryAnnouncements(drafts);
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

/** "Germany plans to send …", "the UK pledged …": a plan is the claim of whoever holds it. */
function isIntention(d: Draft): boolean {
  if (d.type !== "transfer" || !d.suppliers.some((s) => s.code && s.from >= 0)) return false;
  // "The president requested $8bn in aid for Kyiv": a request to a legislature announces the package.
  if (d.rule === "request-on-behalf") return true;
  // "Russia cancelled plans to sell …" is the reporter's news of a cancellation, not a plan.
  if (hasMarker(d, "cancellation")) return false;
  return !!cueAt(d.view, d.trigger.from, "transfer")?.planned || hasMarker(d, "plan");
}

function holders(d: Draft): Attributed[] {
  return d.suppliers.filter((s) => s.code).map((s) => ({ source: s.asSource, span: s.span }));
}

function holds(range: { from: number; to: number }, at: number): boolean {
  return range.from <= at && at < range.to;
}

function viaOf(f: Attribution) {
  return [...f.listeners, ...f.speakers.map((s) => s.source)];
}
