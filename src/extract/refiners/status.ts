// Status from the verb form and what stands before it:
//   planned:   "will send", "agreed to supply", "is likely to receive", offers and pledges
//              (also nominal: "pledges of weapons from X")
//   ongoing:   "is supplying", "continues to send", "supplies", "accused of supplying"
//   delivered: "sent", "have been delivered", "suspected of sending", nominal transfers
//   interdicted: "seized drones shipped from Iran"
//   unknown:   requests, meetings and condemnations; denials (set by their rules)
import type { Refiner } from "../context.js";
import type { Draft } from "../draft.js";
import { isNegative } from "../factuality.js";
import { cueAt, hitWith, keyAt } from "../sentence-view.js";
import { isAnnouncement } from "./attribute.js";

// How far before the trigger a plan or progressive marker counts ("agreed last week to send").
const MARKER_REACH = 5;

export const status: Refiner = (drafts, ctx) => {
  for (const d of drafts) {
    if (d.inheritFrom?.status) d.status = d.inheritFrom.status;
    if (d.status) continue;
    if (d.type !== "transfer")
      d.status = hasMarker(d, "plan") || hasMarker(d, "future") ? "planned" : "unknown";
    else if (isNegative(d.factuality)) d.status = "unknown";
    // "S welcomed new pledges of weapons from X": a pledge passed on by a speaker is promised,
    // not delivered ("the pledges from X arrived" keeps its own verb's status).
    else if (d.sourcePerSupplier && isAnnouncement(d, ctx)) d.status = "planned";
    else d.status = transferStatus(d);
  }
  return drafts;
};

function transferStatus(d: Draft): NonNullable<Draft["status"]> {
  const { view, trigger } = d;
  const cue = cueAt(view, trigger.from, "transfer");
  if (hasMarker(d, "interdiction")) return "interdicted";
  if (cue?.planned || hasMarker(d, "plan") || hasMarker(d, "future")) return "planned";
  if (hasMarker(d, "progressive")) return "ongoing";
  const before = keyAt(view, trigger.from - 1);
  if (d.form === "base") return before === "to" || hasMarker(d, "hedge") ? "planned" : "ongoing";
  if (d.form === "s") return "ongoing";
  if (d.form === "ing") {
    if (hitWith(view, trigger.from - 1, "be")) return "ongoing";
    return cue?.aspect === "continuous" ? "ongoing" : "delivered";
  }
  return "delivered";
}

export function hasMarker(
  d: Draft,
  role: "plan" | "future" | "progressive" | "hedge" | "interdiction" | "cancellation",
): boolean {
  const lo = Math.max(d.scopeFrom, d.trigger.from - MARKER_REACH);
  for (let k = lo; k < d.trigger.from; k++) if (hitWith(d.view, k, role)) return true;
  return false;
}
