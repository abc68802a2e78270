// Intelligence told by what it is about: "data on the enemy's troop positions", "information
// about military movements". The knowledge noun and its subject (two lexicon term groups) make
// one item from the noun to the subject's end; either one alone is no item ("drones struck
// military positions" is an attack, "customs data on exports" a record).

import type { ItemTerm } from "../lexicon/items.js";
import type { NlpContext } from "./annotate.js";
import { type ItemHit, itemMention } from "./item-mention.js";
import type { PhraseMatch } from "./phrase-matcher.js";

export const KNOWLEDGE_NOUN = "knowledge-noun";
export const INTELLIGENCE_SUBJECT = "intelligence-subject";
// Words allowed between the noun and its subject: "data on [Ukraine 's] troop positions",
// "information about [the] military movements".
const MAX_BETWEEN = 3;

/** The item for a knowledge noun matched at `noun`, or a not-item hit when no subject follows. */
export function readKnowledgeItem(ctx: NlpContext, noun: PhraseMatch<ItemTerm | null>): ItemHit {
  const terms = ctx.lex.items.terms;
  for (let k = noun.to; k <= noun.to + MAX_BETWEEN && k < ctx.tokens.length; k++) {
    const subject = terms.longestAt(ctx.tokens, k);
    if (subject?.value?.id === INTELLIGENCE_SUBJECT) {
      const { category } = subject.value;
      return {
        to: subject.to,
        mention: itemMention(ctx, noun.from, subject.to, category, KNOWLEDGE_NOUN, "item:knowledge"),
      };
    }
    if (ctx.tokens[k]!.text === "." || ctx.tokens[k]!.text === ",") break;
  }
  return { to: noun.to, mention: null };
}
