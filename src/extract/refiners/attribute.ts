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
    // "If Sweden had confirmed the loss of the tanks it had sent to Ukraine, …": what the
    // hypothetical speech takes for granted is the author's.
    if (inner?.kind === "hypothetical") {
      d.sources = [{ source: AUTHOR, span: null }];
      d.scopeFrom = Math.max(d.scopeFrom, inner.content.from);
      continue;
    }
    if (!inner) {
      const held = !d.inheritFrom && isIntention(d) ? holders(d, ctx) : [];
      d.sourcePerSupplier = held.length > 0;
      const inherited = inheritsSource(d, ctx) ? d.inheritFrom?.sources : undefined;
      d.sources = inherited ?? (held.length ? held : [{ source: AUTHOR, span: null }]);
      continue;
    }
    applyFrame(d, inner, frames.slice(1), ctx);
  }
  carryAnnouncements(drafts);
  return drafts;
};

/**
 * A claim continuing another shares its source, unless the other's frame in the same sentence
 * stops before it: "X said he would send arms as he signed a bill that also included aid for Y"
 * (the bill is the author's telling).
 */
function inheritsSource(d: Draft, ctx: ExtractContext): boolean {
  const base = d.inheritFrom;
  if (!base || base.view !== d.view) return !!base;
  const frames = ctx.attributions[d.view.sentence.index] ?? [];
  return !frames.some((f) => holds(f.content, base.trigger.from) && !holds(f.content, d.trigger.from));
}

function applyFrame(d: Draft, inner: Attribution, outer: Attribution[], ctx: ExtractContext): void {
  d.sources = inner.speakers;
  d.baseFactuality = inner.factuality;
  d.via = [...inner.listeners, ...outer.flatMap(viaOf)].filter(
    (v) => !inner.speakers.some((s) => s.source.name === v.name && s.source.kind === v.kind),
  );
  // "S welcomed pledges from X and Y": each pledge is its maker's claim, passed on by S.
  const pledgers = d.suppliers.filter((s) => s.code);
  if (inner.kind === "verb" && !inner.denial && pledgers.length && isAnnouncement(d, ctx)) {
    d.sources = pledgers.map((s) => ({ source: s.asSource, span: s.span }));
    d.sourcePerSupplier = true;
    d.via = [...inner.speakers.map((s) => s.source), ...d.via];
  }
  if (inner.cueText) d.cue = inner.cue;
  if (inner.content.from > d.scopeFrom) d.scopeFrom = inner.content.from;
}

/** "pledges from X", "X's announced delivery": the trigger names the supplier's own announcement. */
export function isAnnouncement(d: Draft, ctx: ExtractContext): boolean {
  if (d.type !== "transfer" || d.form !== "noun") return false;
  // All matches, not only the longest: "pledges" hides inside the trigger phrase "pledges from".
  for (let k = Math.max(0, d.trigger.from - 2); k < d.trigger.to; k++) {
    const matches = ctx.lex.claims.cues.matchAt(d.view.tokens, k);
    if (matches.some((m) => m.value.some((c) => c.role === "announcement"))) return true;
  }
  return false;
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
  // "The Senate voted to approve $95bn in aid for Ukraine": a legislature's vote is the author's news.
  return [];
}

function holds(range: { from: number; to: number }, at: number): boolean {
  return range.from <= at && at < range.to;
}

function viaOf(f: Attribution) {
  return [...f.listeners, ...f.speakers.map((s) => s.source)];
}
