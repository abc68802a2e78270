// A denier saying that a transfer alleged earlier in the article did not happen (CT-, status
// unknown). Three shapes point back at the allegation instead of stating it anew:
//   "Both Ruritania and Norland have rejected the accusations"       (a denial verb)
//   "Analysts told the paper the claim was false"                     (the allegation called false)
//   "It accused rival media of spreading false reports about Norlandic drone sales"
// A denial with its own content ("denied sending drones to Russia") is read by the transfer
// rules inside the denial frame instead.
import type { Attribution } from "../attribution.js";
import type { ExtractContext, Rule } from "../context.js";
import { type Draft, type DraftItem, newDraft } from "../draft.js";
import { itemsBetween, itemsOrigin } from "../items.js";
import { hitWith, keyAt, type SentenceView } from "../sentence-view.js";

export const denialOfAccusation: Rule = (view, ctx, earlier) => {
  const drafts: Draft[] = [];
  for (const frame of ctx.attributions[view.sentence.index] ?? []) {
    if (!frame.speakers.length || ownClaim(view, frame, earlier)) continue;
    const topic = frame.denial ? null : falsehoodTopic(view, frame);
    const pointsBack = frame.denial ? refersBack(view, frame.content) : !topic && calledFalse(view, frame);
    if (topic) drafts.push(...topicDenials(view, ctx, frame, topic, earlier));
    else if (pointsBack) {
      const alleged = latestAlleged(view, earlier, () => true);
      if (alleged) drafts.push(denial(view, frame, alleged, []));
    }
  }
  return drafts;
};

function ownClaim(view: SentenceView, frame: Attribution, earlier: readonly Draft[]): boolean {
  const { from, to } = frame.content;
  return earlier.some((d) => d.view === view && d.trigger.from >= from && d.trigger.from < to);
}

function latestAlleged(view: SentenceView, earlier: readonly Draft[], fits: (d: Draft) => boolean) {
  return [...earlier]
    .reverse()
    .find(
      (d) => d.type === "transfer" && d.suppliers.length && d.recipients.length && d.view !== view && fits(d),
    );
}

/** The denier's claim: the alleged transfer's actors, the accusation's items or else `arms`. */
function denial(view: SentenceView, frame: Attribution, alleged: Draft, items: DraftItem[]): Draft {
  const trigger = { from: frame.cueFrom, to: frame.cueFrom + 1 };
  const draft = newDraft("denial-of-accusation", "transfer", view, trigger, "noun");
  draft.suppliers = alleged.suppliers;
  draft.recipients = alleged.recipients;
  draft.items = items.length
    ? items
    : [{ category: "arms", text: "", span: frame.cue, quantity: null, from: frame.cueFrom }];
  draft.ownSources = frame.speakers;
  draft.baseFactuality = "CT-";
  draft.status = "unknown";
  draft.scopeFrom = frame.cueFrom;
  draft.cue = frame.cue;
  return draft;
}

// How many words may follow "the accusations" before the denial says what they were about
// ("rejected the accusation he was fighting a proxy war" is about something else).
const TAIL = 3;

/** "rejected the accusations", "denied it": the denial points back instead of stating its content. */
function refersBack(view: SentenceView, content: { from: number; to: number }): boolean {
  if (wordsIn(view, content.from, content.to) <= 2) return true;
  for (let k = content.from; k < content.to; k++) {
    const hit = view.hitAt[k];
    if (!hit || !hitWith(view, k, "allegation")) continue;
    return wordsIn(view, hit.to, content.to) <= TAIL;
  }
  return false;
}

function wordsIn(view: SentenceView, from: number, to: number): number {
  return view.tokens.slice(from, to).filter((t) => /\p{L}/u.test(t.text)).length;
}

/**
 * The words the speaker said. A listener with no "that" after it takes the rest of the sentence
 * ("told the Daily Planet the claim was false"), so then everything after the cue is read.
 */
function saidRange(view: SentenceView, frame: Attribution): { from: number; to: number } {
  const { from, to } = frame.content;
  return from < to ? { from, to } : { from: frame.cueFrom + 1, to: view.tokens.length };
}

/** "told us the claim was false", "said the reports were baseless": an allegation, a be-form, a falsehood. */
function calledFalse(view: SentenceView, frame: Attribution): boolean {
  const { from, to } = saidRange(view, frame);
  for (let k = from; k < Math.min(to, from + 12); k++) {
    const noun = hitWith(view, k, "allegation");
    if (!noun || view.hitAt[k] !== noun) continue;
    let j = noun.to;
    if (hitWith(view, j, "be")) j = view.hitAt[j]!.to;
    const lie = view.hitAt[j] && hitWith(view, j, "falsehood") ? view.hitAt[j]! : null;
    return !!lie && wordsIn(view, lie.to, to) <= TAIL;
  }
  return false;
}

const QUOTES = /^["“”'‘’]$/u;
const ABOUT = new Set(["about", "on", "regarding", "concerning", "over"]);

/** "of spreading false information about Norlandic drone exports": the span after "about". */
function falsehoodTopic(view: SentenceView, frame: Attribution): { from: number; to: number } | null {
  const { from, to } = saidRange(view, frame);
  for (let k = from; k < to; k++) {
    const lie = hitWith(view, k, "falsehood");
    if (!lie || view.hitAt[k] !== lie) continue;
    let j = lie.to;
    while (QUOTES.test(keyAt(view, j))) j++; // spreading "false information" about …
    if (ABOUT.has(keyAt(view, j))) return { from: j + 1, to };
  }
  return null;
}

/**
 * The transfers the topic names, denied: its items and their origin from the topic itself; the
 * recipients from the latest earlier transfer by that origin with those items ("reports that both
 * sides use Norlandic drones" → a denial towards each side).
 */
function topicDenials(
  view: SentenceView,
  ctx: ExtractContext,
  frame: Attribution,
  topic: { from: number; to: number },
  earlier: readonly Draft[],
): Draft[] {
  const items = itemsBetween(view, topic.from, topic.to);
  const origin = itemsOrigin(view, ctx, items);
  if (!items.length || !origin) return [];
  const categories = new Set(items.map((it) => it.category));
  const fits = (d: Draft) =>
    d.suppliers.some((s) => s.code === origin) && d.items.some((it) => categories.has(it.category));
  const last = latestAlleged(view, earlier, fits);
  if (!last) return [];
  const told = earlier.filter((d) => d.view === last.view && d.type === "transfer" && fits(d));
  return told.map((alleged) => denial(view, frame, alleged, items));
}
