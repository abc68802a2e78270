// Requests: "X wants / seeks / asked for / is pushing for Y from Z" → request, supplier Z,
// recipient X; "X is seeking Z's technology" names the one asked as the items' origin. With no
// one named ("Ukraine needs air defence") the supplier is null. "wants to receive …" is read by
// the transfer-verb rule. Askers and items found elsewhere: request-asker.ts; "needed by X":
// request-passive.ts.
import { groupAfterPreposition, subjectBefore } from "../actors.js";
import { clauseEnd, clauseStart } from "../clause.js";
import type { ExtractContext, Rule } from "../context.js";
import { type ActorRef, type Draft, newDraft } from "../draft.js";
import { itemsBetween } from "../items.js";
import { type CueHit, cueAt, keyAt, type SentenceView } from "../sentence-view.js";
import { appositiveItems, pronounAsker, speakerAsker } from "./request-asker.js";
import { passiveRequest } from "./request-passive.js";
import { originActors } from "./verb-frames.js";

const FROM = new Set(["from"]);
const FOR = new Set(["for", "to"]);

export const request: Rule = (view, ctx) => {
  const drafts: Draft[] = [];
  for (const hit of view.hits) {
    if (!cueAt(view, hit.from, "request") || !asksForThings(view, hit)) continue;
    const lo = clauseStart(view, ctx, hit.from);
    const hi = clauseEnd(view, hit.from);
    const passive = passiveRequest(view, ctx, hit, lo, hi);
    if (passive) {
      drafts.push(passive);
      continue;
    }
    const draft = newDraft("request", "request", view, { from: hit.from, to: hit.to }, "base");
    draft.scopeFrom = lo;
    const subject = subjectBefore(view, ctx, hit.from, lo);
    draft.items = itemsBetween(view, hit.to, hi);
    if (!draft.items.length && subject) draft.items = appositiveItems(view, lo, subject.from);
    if (!draft.items.length) continue;
    const asker = subject?.members ?? otherAsker(view, ctx, hit);
    const beneficiary = groupAfterPreposition(view, ctx, hit.to, hi, FOR)?.members ?? [];
    if (
      asker.length &&
      beneficiary.length &&
      beneficiary.every((b) => asker.every((a) => a.code !== b.code))
    ) {
      // "Biden requested $8bn in aid for Kyiv": asking (a legislature) for means to give.
      Object.assign(draft, {
        type: "transfer",
        rule: "request-on-behalf",
        suppliers: asker,
        recipients: beneficiary,
      });
      draft.status = "planned";
      drafts.push(draft);
      continue;
    }
    draft.recipients = asker;
    draft.suppliers = groupAfterPreposition(view, ctx, hit.to, hi, FROM)?.members ?? [];
    if (!draft.suppliers.length) draft.suppliers = originActors(view, ctx, draft.items);
    draft.status = "unknown";
    drafts.push(draft);
  }
  return drafts;
};

function otherAsker(view: SentenceView, ctx: ExtractContext, hit: CueHit): ActorRef[] {
  const speaker = speakerAsker(view, ctx, hit);
  return speaker.length ? speaker : pronounAsker(view, ctx, hit);
}

// Determiners before a need: "meet its military needs", "the needs of the army" name what a
// side lacks, not a request.
const NOUN_NEED = new Set(["its", "their", "the"]);

/** Whether the request word asks for things rather than to do something or describing them. */
function asksForThings(view: SentenceView, hit: CueHit): boolean {
  const next = keyAt(view, hit.to);
  // "wants to receive …" is the transfer rule's; "could seek to move beyond …" asks for no thing.
  if (next === "to" && !view.mentionAt[hit.to + 1]) return false;
  // "desperately needed military aid": a participle before an item is an adjective.
  if (keyAt(view, hit.from).endsWith("ed") && view.mentionAt[hit.to]?.kind === "item") return false;
  if (!keyAt(view, hit.from).startsWith("need")) return true;
  return !NOUN_NEED.has(keyAt(view, hit.from - 1)) && !NOUN_NEED.has(keyAt(view, hit.from - 2));
}
