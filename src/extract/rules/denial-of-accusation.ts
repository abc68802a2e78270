// "Both Russia and North Korea have rejected the accusations": each denier asserts that the
// transfer alleged earlier in the article did not happen (CT-, status unknown, item `arms`).
// A denial with its own content ("denied sending drones to Russia") is read by the transfer
// rules inside the denial frame instead.
import type { Rule } from "../context.js";
import { type Draft, newDraft } from "../draft.js";
import { hitWith, type SentenceView } from "../sentence-view.js";

export const denialOfAccusation: Rule = (view, ctx, earlier) => {
  const drafts: Draft[] = [];
  const frames = (ctx.attributions[view.sentence.index] ?? []).filter((f) => f.denial && f.speakers.length);
  for (const frame of frames) {
    const own = earlier.some(
      (d) => d.view === view && d.trigger.from >= frame.content.from && d.trigger.from < frame.content.to,
    );
    if (own || !refersBack(view, frame.content)) continue;
    const alleged = [...earlier]
      .reverse()
      .find((d) => d.type === "transfer" && d.suppliers.length && d.recipients.length && d.view !== view);
    if (!alleged) continue;
    const trigger = { from: frame.cueFrom, to: frame.cueFrom + 1 };
    const draft = newDraft("denial-of-accusation", "transfer", view, trigger, "noun");
    draft.suppliers = alleged.suppliers;
    draft.recipients = alleged.recipients;
    draft.items = [{ category: "arms", text: "", span: frame.cue, quantity: null, from: frame.cueFrom }];
    draft.ownSources = frame.speakers;
    draft.baseFactuality = "CT-";
    draft.status = "unknown";
    draft.scopeFrom = frame.cueFrom;
    draft.cue = frame.cue;
    drafts.push(draft);
  }
  return drafts;
};

// How many words may follow "the accusations" before the denial says what they were about
// ("rejected the accusation he was fighting a proxy war" is about something else).
const TAIL = 3;

/** "rejected the accusations", "denied it": the denial points back instead of stating its content. */
function refersBack(view: SentenceView, content: { from: number; to: number }): boolean {
  const words = view.tokens.slice(content.from, content.to).filter((t) => /\p{L}/u.test(t.text)).length;
  if (words <= 2) return true;
  for (let k = content.from; k < content.to; k++) {
    const hit = view.hitAt[k];
    if (!hit || !hitWith(view, k, "allegation")) continue;
    const rest = view.tokens.slice(hit.to, content.to).filter((t) => /\p{L}/u.test(t.text)).length;
    return rest <= TAIL;
  }
  return false;
}
