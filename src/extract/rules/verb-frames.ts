// Small tests shared by the verb rules: passive voice, a wish before "to <verb>", a pronoun
// subject that stands for the speaker, and the state items come from.
import { actorGroups } from "../actors.js";
import type { ExtractContext } from "../context.js";
import type { ActorRef, DraftItem } from "../draft.js";
import { itemOrigins } from "../items.js";
import { type CueHit, cueAt, hitWith, keyAt, type SentenceView } from "../sentence-view.js";

const ADVERB_GAP = 2;

/** "were sent", "have been delivered", "shells sent to Russia" (a participle right after an item). */
export function isPassive(view: SentenceView, hit: CueHit): boolean {
  const cue = cueAt(view, hit.from, "transfer");
  if (!cue || !["ed", "participle"].includes(cue.form)) return false;
  for (let k = hit.from - 1; k >= 0 && k >= hit.from - 1 - ADVERB_GAP; k--) {
    if (hitWith(view, k, "be")) return true;
    if (view.mentionAt[k]) break;
  }
  const before = view.mentionAt[hit.from - 1];
  const next = keyAt(view, hit.to);
  return before?.kind === "item" && (next === "to" || next === "by" || next === "from");
}

/** "wants to receive", "seeks to buy": the transfer verb is what someone asks for. */
export function requestBefore(view: SentenceView, at: number): boolean {
  if (keyAt(view, at - 1) !== "to") return false;
  for (let k = at - 2; k >= 0 && k >= at - 4; k--) if (cueAt(view, k, "request")) return true;
  return false;
}

// Pronouns that, as a subject, stand for a state that is speaking ("Iran said it never sold …").
const SUBJECT_PRONOUNS = new Set(["it", "they", "we"]);

/**
 * The speaking state as the unnamed subject: "Iran said it never sold …" (a pronoun right before
 * the verb) or "Iran denied sending …" (a gerund opening what the speaker says).
 */
export function implicitSubject(view: SentenceView, ctx: ExtractContext, at: number): ActorRef[] {
  const frame = (ctx.attributions[view.sentence.index] ?? []).find((f) => f.content.from <= at && at < f.content.to);
  if (!frame) return [];
  let k = at - 1;
  while (k >= frame.content.from && k >= at - 4 && !SUBJECT_PRONOUNS.has(keyAt(view, k))) k--;
  const pronoun = k >= frame.content.from && k >= at - 4;
  const gerund = frame.content.from === at && keyAt(view, at).endsWith("ing");
  if (!pronoun && !gerund) return [];
  const t = view.tokens[pronoun ? k : at]!;
  const span = { start: t.start, end: t.end };
  return frame.speakers
    .filter((s) => s.source.country)
    .map((s) => ({ code: s.source.country, from: k, to: k + 1, span: s.span ?? span, asSource: s.source }));
}

/** The state(s) the items are said to come from ("North Korean shells" → North Korea). */
export function originActors(view: SentenceView, ctx: ExtractContext, items: DraftItem[]): ActorRef[] {
  for (const it of items) {
    const origins = itemOrigins(view, ctx, it);
    if (origins.length) return origins;
  }
  return [];
}

// A verb form after a determiner is a noun: "the import ban", "its supply chain".
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "this", "that", "these", "those", "his", "her"]);

export function isNounUse(view: SentenceView, at: number): boolean {
  return DETERMINERS.has(keyAt(view, at - 1));
}

/** "offered to deploy a squadron": a give verb taking an infinitive hands nothing over itself. */
export function isControlVerb(view: SentenceView, hit: CueHit): boolean {
  if (keyAt(view, hit.to) !== "to") return false;
  const next = hit.to + 1;
  return !view.mentionAt[next] && !DETERMINERS.has(keyAt(view, next)) && !hitWith(view, next, "anaphor");
}

/** Items (or a quantity of them) within two tokens: "sending Ukraine $200m of weapons". */
export function isFollowedByItems(view: SentenceView, at: number): boolean {
  if (keyAt(view, at) === "with") return true;
  for (let k = at; k < at + 3; k++) {
    const kind = view.mentionAt[k]?.kind;
    if (kind === "item" || kind === "quantity") return true;
  }
  return false;
}

const HELP = new Set(["help", "helps", "helped", "helping", "assist", "assisted", "assisting"]);

/** "X helped Russia acquire …": the subject of the help verb before the recipient. */
export function helperBefore(view: SentenceView, ctx: ExtractContext, recipients: ActorRef[], lo: number): ActorRef[] {
  const first = recipients[0];
  if (!first || first.from < 1 || !HELP.has(keyAt(view, first.from - 1))) return [];
  const group = actorGroups(view, ctx)
    .filter((g) => g.to <= first.from - 1 && g.from >= lo)
    .pop();
  return group ? group.members : [];
}

// "announced they were imposing sanctions …": a clause, not an object, follows the verb.
const CLAUSE_OPENERS = new Set(["that", "they", "it", "he", "she", "we", "i", "there"]);

export function takesClause(view: SentenceView, at: number): boolean {
  for (let k = at; k < at + 3 && k < view.tokens.length; k++) {
    if (view.mentionAt[k]) return false;
    if (CLAUSE_OPENERS.has(keyAt(view, k))) return true;
  }
  return false;
}

/**
 * "NATO urged the G7 to send air defence", "prompting Western countries to send weapons": the
 * one urged would supply (empty when it is no nameable actor); null when no urging precedes.
 */
export function urgedBefore(view: SentenceView, ctx: ExtractContext, at: number): ActorRef[] | null {
  const lo = Math.max(0, at - 12);
  for (let k = at - 1; k >= lo; k--) {
    const hit = view.hitAt[k];
    if (hit && hitWith(view, k, "urge")) {
      const group = actorGroups(view, ctx).find((g) => g.from >= hit.to && g.to <= at);
      return group ? group.members : [];
    }
    if (hitWith(view, k, "clause-break") || keyAt(view, k) === ";") return null;
  }
  return null;
}

// How far an announced object may sit: "announced on Monday a new $1.7bn aid package".
const OBJECT_REACH = 7;
const OBJECT_BREAKERS = new Set(["involving", "on", "of", "against", "about", "over", "into", "in", "at"]);

/** "pledged 14 tanks": an item soon after the verb, not one inside a later phrase ("drills involving …"). */
export function objectFollows(view: SentenceView, at: number): boolean {
  for (let k = at; k < at + OBJECT_REACH && k < view.tokens.length; k++) {
    const kind = view.mentionAt[k]?.kind;
    if (kind === "item" || kind === "quantity") return true;
    if (kind !== "time" && OBJECT_BREAKERS.has(keyAt(view, k))) return false;
  }
  return false;
}
