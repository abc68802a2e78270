// Records are not speakers: "The report cited customs data that showed X supplied Y" (or "trade
// data showing X supplied Y") is the report's claim, the one presenting the data. With no
// presenter named in the sentence, the data belong to whoever speaks around it (the author when
// no one does), so no frame is made.
import type { ExtractContext } from "./context.js";
import { keyAt, type SentenceView } from "./sentence-view.js";
import { type Speaker, speakerAfter } from "./speaker.js";

/** The subject presenting the record that ends right before the reporting verb at `at`, if any. */
export function recordPresenter(view: SentenceView, ctx: ExtractContext, at: number): Speaker | null {
  let k = at - 1;
  if (keyAt(view, k) === "that" || view.words.relatives.has(keyAt(view, k))) k--;
  const record = view.hits.find((h) => h.to - 1 === k && h.cues.some((c) => c.role === "record"));
  if (!record) return null;
  // "The report cited …", "A US intelligence report cited …": the sentence's subject presents it;
  // "It cited shipping records that showed …": a pronoun is resolved like any speaker pronoun.
  const subject = speakerAfter(view, ctx, 0, record.from);
  return subject && subject.from <= 1 ? subject : null;
}
