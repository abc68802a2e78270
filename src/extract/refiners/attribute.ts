// Gives each draft its source(s) and via chain: the innermost reporting frame whose content holds
// the trigger is the source; the frames around it are intermediaries, nearest first. With no
// frame, the article's own voice speaks (source kind `author`).
import type { Attribution } from "../attribution.js";
import type { ExtractContext, Refiner } from "../context.js";
import { type Attributed, AUTHOR, type Draft } from "../draft.js";
import { cueAt, hitWith } from "../sentence-view.js";
import { speakerBefore } from "../speaker.js";
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
        d.inheritFrom?.sources ?? (d.sourcePerSupplier ? holders(d, ctx) : [{ source: AUTHOR, span: null }]);
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
  return !!cueAt(d.view, d.trigger.from, "transfer")?.planned || hasMarker(d, "plan") || planAfterSupplier(d);
}

/** "The president asked Congress to approve spending that would include military aid": far from the trigger. */
function planAfterSupplier(d: Draft): boolean {
  const supplier = d.suppliers.find((s) => s.code && s.from >= 0 && s.to <= d.trigger.from);
  if (!supplier) return false;
  for (let k = supplier.to; k < d.trigger.from && k <= supplier.to + 2; k++)
    if (hitWith(d.view, k, "plan")) return true;
  return false;
}

function holders(d: Draft, ctx: ExtractContext): Attributed[] {
  const coded = d.suppliers.filter((s) => s.code);
  // "The president asked Congress to approve …": the legislature asked is not the plan's holder,
  // the one asking it is.
  const askers = coded.filter((s) => s.asSource.kind !== "legislature");
  if (askers.length || !coded.length) return askers.map((s) => ({ source: s.asSource, span: s.span }));
  const ask = d.view.hits.find(
    (h) => h.from <= coded[0]!.from && coded[0]!.from < h.to + 1 && hitWith(d.view, h.from, "plan"),
  );
  const asker = ask ? speakerBefore(d.view, ctx, ask.from, 0) : null;
  if (asker?.speakers.length) return asker.speakers;
  return coded.map((s) => ({ source: s.asSource, span: s.span }));
}

function holds(range: { from: number; to: number }, at: number): boolean {
  return range.from <= at && at < range.to;
}

function viaOf(f: Attribution) {
  return [...f.listeners, ...f.speakers.map((s) => s.source)];
}
