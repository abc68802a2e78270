// Transfer verbs with their frames.
//   give, active:    "North Korea supplied shells to Russia", "X provided Ukraine with tanks"
//   give, passive:   "shells have been sent to Russia (by X)", "shells sent to Russia by X"
//   receive, active: "Russia bought drones from Iran", "X is likely to receive Russian technology"
//   origin:          "most of these rifles come from X: A, B and C" (see supplier-fallbacks.ts)
//   under a wish:    "X wants to receive Y from Z" → a request
import type { ActorGroup } from "../actors.js";
import { firstGroupIn, groupAfterPreposition, subjectBefore } from "../actors.js";
import { clauseEnd, clauseStart } from "../clause.js";
import type { ExtractContext, Rule } from "../context.js";
import { type ActorRef, type Draft, newDraft } from "../draft.js";
import { itemsEnd } from "../item-filters.js";
import { itemsBetween, itemsOrigin } from "../items.js";
import { type CueHit, cueAt, type SentenceView } from "../sentence-view.js";
import { accusedSubject } from "./accused-subject.js";
import { asideSubject, gerundAdjunctSubject } from "./adjunct-subject.js";
import { COMPOUND_ITEM_REACH, compoundSupplyDrafts, hyphenSupplier } from "./compound-supplier.js";
import { addresseeBefore, fillOrigin, sourceAfter } from "./supplier-fallbacks.js";
import {
  helperBefore,
  implicitSubject,
  isControlVerb,
  isFollowedByItems,
  isItemAdjective,
  isNounUse,
  isPassive,
  objectFollows,
  originActors,
  requestBefore,
  takesClause,
  urgedBefore,
  valueAsAid,
} from "./verb-frames.js";

const TO = new Set(["to", "into", "for"]);
const BY = new Set(["by"]);

export const transferVerb: Rule = (view, ctx) => {
  const drafts: Draft[] = [];
  for (const hit of view.hits) {
    const cue = cueAt(view, hit.from, "transfer");
    if (!cue || isNounUse(view, hit.from) || isControlVerb(view, hit)) continue;
    if (takesClause(view, hit.to)) continue;
    if (cue.planned && !objectFollows(view, hit.to)) continue;
    const lo = clauseStart(view, ctx, hit.from);
    const hi = clauseEnd(view, hit.from);
    const passive = isPassive(view, hit);
    const rule = passive ? `transfer-${cue.frame}-passive` : `transfer-${cue.frame}`;
    const draft = newDraft(rule, "transfer", view, { from: hit.from, to: hit.to }, cue.form);
    draft.scopeFrom = lo;
    const compound = cue.frame === "give" ? hyphenSupplier(view, hit.from) : [];
    if (compound.length) fillCompound(draft, view, hit, compound, hi);
    else if (cue.frame === "give" && !passive) fillGive(draft, view, ctx, hit, lo, hi);
    else if (cue.frame === "give") fillGivePassive(draft, view, ctx, hit, lo, hi);
    else if (cue.frame === "origin") fillOrigin(draft, view, ctx, hit, lo, hi);
    else fillReceive(draft, view, ctx, hit, lo, hi, passive);
    if (!draft.items.length) continue;
    if (requestBefore(view, hit.from)) {
      draft.type = "request";
      draft.rule = `request-to-${cue.lemma}`;
    }
    drafts.push(draft);
  }
  return [...drafts, ...compoundSupplyDrafts(view, ctx)];
};

/** "sent shells to X"; "lavished arms on X" for the verbs whose lexicon entry adds "on". */
function recipientAfter(view: SentenceView, ctx: ExtractContext, hit: CueHit, hi: number): ActorGroup | null {
  const group = groupAfterPreposition(view, ctx, hit.to, hi, TO);
  const extra = cueAt(view, hit.from, "transfer")?.recipientPreps;
  if (group || !extra?.size) return group;
  return groupAfterPreposition(view, ctx, hit.to, hi, extra);
}

function members(g: ActorGroup | null): ActorRef[] {
  return g ? g.members : [];
}

function fillGive(d: Draft, view: SentenceView, ctx: ExtractContext, hit: CueHit, lo: number, hi: number) {
  const urged = urgedBefore(view, ctx, hit.from) ?? accusedSubject(view, ctx, hit.from);
  d.suppliers = urged ?? members(subjectBefore(view, ctx, hit.from, lo));
  if (!d.suppliers.length && !urged) d.suppliers = implicitSubject(view, ctx, hit.from);
  if (!d.suppliers.length && !urged) d.suppliers = gerundAdjunctSubject(view, ctx, hit);
  if (!d.suppliers.length && !urged) d.suppliers = asideSubject(view, ctx, hit.from, lo);
  // "provided Ukraine with tanks", "sending Ukraine $200m of weapons": the recipient right
  // after the verb, the items after it.
  const direct = firstGroupIn(view, ctx, hit.to, Math.min(hit.to + 2, hi));
  const doubleObject = direct && isFollowedByItems(view, direct.to) && !isItemAdjective(view, direct);
  d.recipients = doubleObject ? direct.members : members(recipientAfter(view, ctx, hit, hi));
  d.items = itemsBetween(view, hit.to, itemsEnd(view, hit.to, hi));
  if (!d.items.length) d.items = valueAsAid(view, hit.to);
  if (!d.suppliers.length) d.suppliers = originActors(view, ctx, d.items);
  if (!d.suppliers.some((s) => s.code) && !urged) d.suppliers = sourceAfter(view, ctx, hit.to, hi);
}

function fillCompound(d: Draft, view: SentenceView, hit: CueHit, suppliers: ActorRef[], hi: number) {
  d.suppliers = suppliers;
  d.items = itemsBetween(view, hit.to, Math.min(hi, hit.to + COMPOUND_ITEM_REACH));
}

function fillGivePassive(
  d: Draft,
  view: SentenceView,
  ctx: ExtractContext,
  hit: CueHit,
  lo: number,
  hi: number,
) {
  d.items = itemsBetween(view, lo, hit.from);
  d.recipients = members(groupAfterPreposition(view, ctx, hit.to, hi, TO));
  if (!d.items.length) {
    // "Ukraine was supplied with tanks by X"
    d.recipients = members(subjectBefore(view, ctx, hit.from, lo));
    d.items = itemsBetween(view, hit.to, hi);
  }
  d.suppliers = members(groupAfterPreposition(view, ctx, hit.to, hi, BY));
  // "missiles shipped from Iran to Yemen"
  if (!d.suppliers.length) d.suppliers = sourceAfter(view, ctx, hit.to, hi);
  if (!d.suppliers.length) d.suppliers = originActors(view, ctx, d.items);
}

function fillReceive(
  d: Draft,
  view: SentenceView,
  ctx: ExtractContext,
  hit: CueHit,
  lo: number,
  hi: number,
  passive: boolean,
) {
  if (passive) {
    d.items = itemsBetween(view, lo, hit.from);
    d.recipients = members(groupAfterPreposition(view, ctx, hit.to, hi, BY));
  } else {
    const accused = accusedSubject(view, ctx, hit.from);
    d.recipients = accused ?? members(subjectBefore(view, ctx, hit.from, lo));
    if (!d.recipients.length && !accused) d.recipients = implicitSubject(view, ctx, hit.from);
    d.items = itemsBetween(view, hit.to, hi);
  }
  d.suppliers = sourceAfter(view, ctx, hit.to, hi);
  if (!d.suppliers.length && itemsOrigin(view, ctx, d.items)) d.suppliers = originActors(view, ctx, d.items);
  if (!d.suppliers.length && !passive) d.suppliers = addresseeBefore(view, ctx, hit.from, lo);
  // "companies that help Russia acquire components": the helper supplies.
  const helper = helperBefore(view, ctx, d.recipients, lo);
  if (helper.length && !d.suppliers.length) d.suppliers = helper;
}
