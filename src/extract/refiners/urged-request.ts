// Urging someone to supply is a request when the one who urges would receive, and no claim when
// it lobbies for a third party (annotation guide: lobbying on behalf of a third party):
//   "Kyiv urged Berlin to send more tanks"               → request DE→UA
//   "The minister urged Congress to approve the funding" (the minister's state is the one funded)
//                                                         → request US→(minister's state)
//   "Paris urged Berlin to send tanks to Kyiv"            → nothing
// With no one nameable urging ("The invasion prompted Poland to send tanks") the transfer stays.
// "the package" asked for is the one told before between the same two actors.
import { subjectBefore } from "../actors.js";
import { clauseStart } from "../clause.js";
import type { ExtractContext, Refiner } from "../context.js";
import { type ActorRef, type Attributed, AUTHOR, type Draft, type DraftItem } from "../draft.js";
import { type CueHit, hitWith, keyAt } from "../sentence-view.js";

// How far before the transfer verb the urging may be ("urged the G7 foreign ministers on
// Thursday to take quick steps to provide …").
const URGE_REACH = 16;

export const urgedRequests: Refiner = (drafts, ctx) =>
  drafts.filter((d, at) => {
    if (d.type !== "transfer" || d.ownSources) return true;
    const urge = urgeBefore(d);
    if (!urge) return true;
    const urgers = urgerCodes(d, ctx, urge);
    if (!urgers.size) return true;
    const recipients = d.recipients.filter((r) => r.code);
    if (recipients.some((r) => !urgers.has(r.code!))) return false;
    d.type = "request";
    d.rule = `${d.rule}+urged`;
    d.status = "unknown";
    if (heldByUrged(d)) {
      d.sources = [{ source: AUTHOR, span: null }];
      d.sourcePerSupplier = false;
    }
    if (!recipients.length) d.recipients = urgerRefs(d, ctx, urge);
    d.items = packageToldBefore(d, drafts, at) ?? d.items;
    return true;
  });

const DEFINITE = new Set(["the", "this", "that"]);
// How many sentences back the package may have been told.
const PACKAGE_REACH = 30;

/**
 * "urged Congress to approve the funding package": a definite package with no value of its own
 * is the one told before between the same two actors, and holds what that one holds.
 */
function packageToldBefore(d: Draft, drafts: readonly Draft[], at: number): DraftItem[] | null {
  const definite = d.items.every((it) => !it.quantity && DEFINITE.has(keyAt(d.view, it.from - 1)));
  if (!d.items.length || !definite) return null;
  const pair = (x: Draft) => `${x.suppliers[0]?.code}>${x.recipients[0]?.code}`;
  const first = d.view.sentence.index - PACKAGE_REACH;
  for (let k = at - 1; k >= 0 && drafts[k]!.view.sentence.index >= first; k--) {
    const told = drafts[k]!;
    if (told.type === "transfer" && pair(told) === pair(d))
      return told.items.map((it) => ({ ...it, quantity: null }));
  }
  return null;
}

function urgeBefore(d: Draft): CueHit | null {
  const { view, trigger } = d;
  for (let k = trigger.from - 1; k >= Math.max(0, trigger.from - URGE_REACH); k--) {
    // "prompting Western countries to send weapons": a cause asks nothing of anyone.
    if (hitWith(view, k, "urge")) return hitWith(view, k, "cause") ? null : view.hitAt[k]!;
    if (hitWith(view, k, "clause-break") || keyAt(view, k) === ";") return null;
  }
  return null;
}

/** Who urges: the subject of the urging verb, else the claim's own speakers ("…, but urged …"). */
function urgerRefs(d: Draft, ctx: ExtractContext, urge: CueHit): ActorRef[] {
  const lo = clauseStart(d.view, ctx, urge.from);
  const subject = subjectBefore(d.view, ctx, urge.from, lo)?.members ?? [];
  if (subject.length) return subject;
  const t = d.view.tokens[urge.from]!;
  return d.sources
    .filter((s) => s.source.kind !== "author" && s.source.country)
    .map((s) => ({
      code: s.source.country,
      from: urge.from,
      to: urge.to,
      span: s.span ?? t,
      asSource: s.source,
    }));
}

function urgerCodes(d: Draft, ctx: ExtractContext, urge: CueHit): Set<string> {
  return new Set(
    urgerRefs(d, ctx, urge)
      .map((r) => r.code)
      .filter((c): c is string => c !== null),
  );
}

/**
 * "Kyiv urged Washington to approve new deliveries": attribution made the approval the plan of
 * the one urged (its holder); asked for, it is no plan of theirs, so with no speaker telling the
 * urging the request is the author's telling.
 */
function heldByUrged(d: Draft): boolean {
  const held = (a: Attributed) =>
    d.suppliers.some((s) => s.span.start === a.span?.start && s.span.end === a.span?.end);
  return d.sources.length > 0 && d.sources.every(held);
}
