// Runs the item, quantity and time recognisers on a made-up text, in the order annotate() runs
// them, with only the item lexicons loaded (the state and person gazetteers are not needed).
import type {
  ItemMention,
  Mention,
  QuantityMention,
  SourceDocument,
  TimeMention,
} from "../../src/core/model.js";
import { compileItems, ITEM_FILES } from "../../src/lexicon/items.js";
import { readLexiconFiles } from "../../src/lexicon/load.js";
import type { Lexicons } from "../../src/lexicon/types.js";
import type { NlpContext, Recogniser } from "../../src/nlp/annotate.js";
import { resolveOverlaps } from "../../src/nlp/annotate.js";
import { recogniseItems } from "../../src/nlp/recognise-items.js";
import { recogniseQuantities } from "../../src/nlp/recognise-quantities.js";
import { recogniseTimes } from "../../src/nlp/recognise-times.js";
import { tokenize } from "../../src/nlp/tokenize.js";

export const itemLexicon = compileItems(readLexiconFiles(ITEM_FILES));
const lex = { items: itemLexicon } as Partial<Lexicons> as Lexicons;

/** A Thursday. */
export const PUBLISHED = "2023-11-02";

export function docOf(text: string, published: string | null = PUBLISHED): SourceDocument {
  const meta = {
    ...{ id: "test", title: null, outlet: null, url: null, published },
    ...{ language: "en", wire: null, origin: null },
  };
  return { meta, text, offsets: [{ text: 0, input: 0 }] };
}

export function entityMentions(text: string, published: string | null = PUBLISHED): Mention[] {
  const doc = docOf(text, published);
  const tokens = tokenize(text);
  const found: Mention[] = [];
  for (const recognise of [recogniseItems, recogniseQuantities, recogniseTimes] satisfies Recogniser[]) {
    const ctx: NlpContext = { doc, sentences: [], tokens, lex, found };
    found.push(...recognise(ctx));
  }
  return resolveOverlaps(found);
}

export function itemsIn(text: string): ItemMention[] {
  return entityMentions(text).filter((m): m is ItemMention => m.kind === "item");
}

export function quantitiesIn(text: string): QuantityMention[] {
  return entityMentions(text).filter((m): m is QuantityMention => m.kind === "quantity");
}

export function timesIn(text: string, published: string | null = PUBLISHED): TimeMention[] {
  return entityMentions(text, published).filter((m): m is TimeMention => m.kind === "time");
}

/** Asserting the span: the mention's offsets must cut its own text out of the input. */
export function spanText(text: string, m: Mention): string {
  return text.slice(m.start, m.end);
}
