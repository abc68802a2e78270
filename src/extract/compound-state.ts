// A state named inside one hyphenated token: "US-supplied Himars", "Iranian-made drones",
// "North Korean-made shells". The tokenizer keeps "US-supplied" whole, so no mention covers the
// token and the state is invisible to the actor groups; this finds it by its characters.
import type { StateMention } from "../core/model.js";
import type { ActorRef } from "./draft.js";
import type { SentenceView } from "./sentence-view.js";

const LAST_HYPHEN = /[-‐‑–]([\p{L}]+)$/u;

/** The state before the hyphen of token `k` when the word after it is one of `tails`. */
export function compoundStateAt(view: SentenceView, k: number, tails: ReadonlySet<string>): ActorRef | null {
  const token = view.tokens[k];
  const tail = token?.text.match(LAST_HYPHEN);
  if (!token || !tail || !tails.has(tail[1]!.toLowerCase())) return null;
  const hyphenAt = token.end - tail[0].length;
  const m = view.mentions.find((x): x is StateMention => x.kind === "state" && x.end === hyphenAt);
  if (!m || m.start < view.sentence.start) return null;
  let from = k;
  while (from > 0 && view.tokens[from - 1]!.end > m.start) from--;
  const asSource = { name: m.name, kind: "government" as const, country: m.code };
  return { code: m.code, from, to: k + 1, span: { start: m.start, end: m.end }, asSource };
}

/** "US-supplied", "UK-donated": the state gave the items after the token. */
export function supplyCompoundAt(view: SentenceView, k: number): ActorRef | null {
  return compoundStateAt(view, k, view.words.supply_compounds);
}

/** "Iranian-made", "UK-built", and the supply compounds: the state the items come from. */
export function originCompoundAt(view: SentenceView, k: number): ActorRef | null {
  return compoundStateAt(view, k, view.words.origin_compounds) ?? supplyCompoundAt(view, k);
}
