// Weapon and materiel terms: the longest lexicon phrase at each token, with a calibre before it
// ("152mm shells") and, after a named system, the words that belong to it ("Patriot batteries").
import type { Mention } from "../core/model.js";
import type { ItemLexicon, ItemTerm } from "../lexicon/items.js";
import { domainOf } from "../lexicon/items.js";
import type { NlpContext } from "./annotate.js";
import { readCalibreItem } from "./calibre-items.js";
import { coveredTokens, opensSentence } from "./covered-tokens.js";
import { readEllipticItem } from "./elliptic-items.js";
import { type ItemHit, itemMention } from "./item-mention.js";
import { INTELLIGENCE_SUBJECT, KNOWLEDGE_NOUN, readKnowledgeItem } from "./knowledge-items.js";
import type { PhraseMatch } from "./phrase-matcher.js";
import type { Token } from "./tokenize.js";

export function recogniseItems(ctx: NlpContext): Mention[] {
  const { tokens } = ctx;
  const covered = coveredTokens(tokens, ctx.found);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = covered[i] ? null : (readCalibreItem(ctx, i) ?? readTerm(ctx, i) ?? readEllipticItem(ctx, i));
    if (!hit) {
      i++;
      continue;
    }
    if (hit.mention) out.push(hit.mention);
    i = hit.to;
  }
  return out;
}

function readTerm(ctx: NlpContext, i: number): ItemHit | null {
  const lex = ctx.lex.items;
  const match = lex.terms.longestAt(ctx.tokens, i);
  if (!match) return null;
  const term = match.value;
  if (!term || term.id === INTELLIGENCE_SUBJECT) return { to: match.to, mention: null };
  if (term.id === KNOWLEDGE_NOUN) return readKnowledgeItem(ctx, match);
  if (!term.named && insideProperName(ctx, match)) return null;
  const to = term.named ? absorbHeads(ctx.tokens, match.to, term, lex) : match.to;
  return { to, mention: itemMention(ctx, i, to, term.category, term.id, `item:${term.id}`) };
}

/**
 * A lower-case term written with a capital inside a sentence is part of a name: "the Arms Trade
 * Treaty", "Shell said", "the Strategic Missile Forces" hold no materiel.
 */
function insideProperName(ctx: NlpContext, match: PhraseMatch<ItemTerm | null>): boolean {
  const first = ctx.tokens[match.from]!;
  const lexiconLower = /^\p{Ll}/u.test(match.phrase);
  if (!lexiconLower || !/^\p{Lu}/u.test(first.text)) return false;
  return !opensSentence(ctx.doc.text, ctx.tokens, match.from);
}

/**
 * "Patriot systems", "Leopard 2 tanks", "Shahed drones": a head word or a generic term of the same
 * domain belongs to the named system before it. "Grad rockets" stays two mentions: the rockets
 * are ammunition, not the launcher.
 */
function absorbHeads(tokens: readonly Token[], from: number, term: ItemTerm, lex: ItemLexicon): number {
  const head = lex.systemHeads.longestAt(tokens, from);
  if (head) return head.to;
  const generic = lex.terms.longestAt(tokens, from);
  const g = generic?.value;
  if (generic && g && !g.named && domainOf(g.category) === domainOf(term.category)) return generic.to;
  return from;
}
