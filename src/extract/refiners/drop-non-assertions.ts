// Claims that are not asserted: conditionals and hypotheticals before the trigger ("if X sent",
// "any arms trade with X would …"), questions, and transfers named as the topic of talk
// ("speculation about arms shipments").
import type { Refiner } from "../context.js";
import type { Draft } from "../draft.js";
import { hitWith, keyAt } from "../sentence-view.js";

// How far back a non-assertion noun or "any" reaches ("speculation about North Korean arms shipments").
const NOUN_REACH = 6;

export const dropNonAssertions: Refiner = (drafts) =>
  drafts.filter((d) => !isQuestion(d) && !isHypothetical(d));

function isQuestion(d: Draft): boolean {
  const last = d.view.tokens.length - 1;
  return keyAt(d.view, last) === "?" || keyAt(d.view, last - 1) === "?";
}

function isHypothetical(d: Draft): boolean {
  const { view, trigger, scopeFrom } = d;
  const firstRole = Math.min(trigger.from, ...d.items.map((it) => it.from));
  for (let k = Math.min(scopeFrom, firstRole); k < trigger.from; k++) {
    const key = keyAt(view, k);
    const near = firstRole - k <= NOUN_REACH || trigger.from - k <= NOUN_REACH;
    if (hitWith(view, k, "non-assertion") && near) return true;
    if (!hitWith(view, k, "conditional")) continue;
    if (key !== "any" || near) return true;
  }
  return false;
}
