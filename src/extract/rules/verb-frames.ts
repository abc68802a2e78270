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

// "he would “move quickly” to send": the pronoun may stand a few words before the verb.
const PRONOUN_REACH = 8;

/**
 * The speaking state as the unnamed subject: "Iran said it never sold …" (a pronoun right before
 * the verb) or "Iran denied sending …" (a gerund opening what the speaker says).
 */
export function implicitSubject(view: SentenceView, ctx: ExtractContext, at: number): ActorRef[] {
  const frame = (ctx.attributions[view.sentence.index] ?? []).find(
    (f) => f.content.from <= at && at < f.content.to,
  );
  if (!frame) return [];
  let k = at - 1;
  while (
    k >= frame.content.from &&
    k >= at - PRONOUN_REACH &&
    !view.words.subject_pronouns.has(keyAt(view, k))
  )
    k--;
  const pronoun = k >= frame.content.from && k >= at - PRONOUN_REACH;
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

/** "the supply of", and "a new supply line" (one plain adjective between determiner and verb form). */
export function isNounUse(view: SentenceView, at: number): boolean {
  if (view.words.determiners.has(keyAt(view, at - 1))) return true;
  const adjective = view.tokens[at - 1];
  return (
    !!adjective &&
    /^\p{Ll}+$/u.test(adjective.text) &&
    !view.mentionAt[at - 1] &&
    !view.hitAt[at - 1] &&
    ["a", "an"].includes(keyAt(view, at - 2))
  );
}

/** "sell Russian S-300s to Iran": a demonym right before the items is their adjective, not a recipient. */
export function isItemAdjective(view: SentenceView, group: { from: number; to: number }): boolean {
  const m = view.mentionAt[group.from];
  return m?.kind === "state" && m.form === "demonym" && view.mentionAt[group.to]?.kind === "item";
}

/** "offered to deploy a squadron": a give verb taking an infinitive hands nothing over itself. */
export function isControlVerb(view: SentenceView, hit: CueHit): boolean {
  if (keyAt(view, hit.to) !== "to") return false;
  const next = hit.to + 1;
  return (
    !view.mentionAt[next] && !view.words.determiners.has(keyAt(view, next)) && !hitWith(view, next, "anaphor")
  );
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

/** "X helped Russia acquire …": the subject of the help verb before the recipient. */
export function helperBefore(
  view: SentenceView,
  ctx: ExtractContext,
  recipients: ActorRef[],
  lo: number,
): ActorRef[] {
  const first = recipients[0];
  if (!first || first.from < 1 || !view.words.help_verbs.has(keyAt(view, first.from - 1))) return [];
  const help = first.from - 1;
  // "Companies in X were accused of helping Russia acquire …": a gerund opening the reported
  // content has the frame's subject as its own.
  const opensContent = help === lo;
  const group = actorGroups(view, ctx)
    .filter((g) => g.to <= help && g.from >= (opensContent ? 0 : lo))
    .pop();
  // Otherwise the helper stands right before the verb ("firms in X that help Russia …"); in
  // "sanctions target Russia's base and firms in third countries that help Russia …" it is unnamed.
  if (!group || (!opensContent && !adjacentSubject(view, group.to, help))) return [];
  return group.members;
}

// "China has quietly helped Russia …", "firms in X that help Russia …": a few plain words at most.
const HELPER_GAP = 3;

function adjacentSubject(view: SentenceView, end: number, verb: number): boolean {
  if (verb - end > HELPER_GAP) return false;
  for (let k = end; k < verb; k++) if (view.mentionAt[k] || keyAt(view, k) === ",") return false;
  return true;
}

export function takesClause(view: SentenceView, at: number): boolean {
  for (let k = at; k < at + 3 && k < view.tokens.length; k++) {
    if (view.mentionAt[k]) return false;
    if (view.words.clause_openers.has(keyAt(view, k))) return true;
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

/** "pledged 14 tanks": an item soon after the verb, not one inside a later phrase ("drills involving …"). */
export function objectFollows(view: SentenceView, at: number): boolean {
  for (let k = at; k < at + OBJECT_REACH && k < view.tokens.length; k++) {
    const kind = view.mentionAt[k]?.kind;
    if (kind === "item" || kind === "quantity") return true;
    if (kind !== "time" && view.words.object_breakers.has(keyAt(view, k))) return false;
  }
  return false;
}

const CURRENCIES = new Set(["USD", "EUR", "GBP"]);

/**
 * "approve $95bn in wartime aid for Ukraine": an aid package known only by its value is `arms`
 * with the value as quantity (annotation guide), when the value is the verb's object.
 */
export function valueAsAid(view: SentenceView, at: number): DraftItem[] {
  for (let k = at; k < at + 3 && k < view.tokens.length; k++) {
    const m = view.mentionAt[k];
    if (m?.kind !== "quantity") continue;
    if (!CURRENCIES.has(m.unit) || m.value === null) return [];
    const quantity = { value: m.value, unit: m.unit, qualifier: m.qualifier };
    return [{ category: "arms", text: m.text, span: { start: m.start, end: m.end }, quantity, from: k }];
  }
  return [];
}
