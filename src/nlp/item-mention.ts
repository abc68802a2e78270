// The mention both item readers (terms and calibres) build.
import type { ItemMention } from "../core/model.js";
import type { NlpContext } from "./annotate.js";

export interface ItemHit {
  /** One past the last token used; `mention` is null for a not-item ("think tank"). */
  to: number;
  mention: ItemMention | null;
}

export function itemMention(
  ctx: NlpContext,
  from: number,
  to: number,
  category: string,
  term: string,
  rule: string,
): ItemMention {
  const start = ctx.tokens[from]!.start;
  const end = ctx.tokens[to - 1]!.end;
  return { kind: "item", start, end, text: ctx.doc.text.slice(start, end), rule, category, term };
}
