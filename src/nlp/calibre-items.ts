// Ammunition named by its calibre: "152mm shells", "155-mm rounds", "122 mm rockets",
// "7.62mm cartridges" (small arms), and "152mm and 122mm shells" (both calibres, one head).
import type { NlpContext } from "./annotate.js";
import { type ItemHit, itemMention } from "./item-mention.js";
import type { Token } from "./tokenize.js";

// "152mm", "155-mm", "152-millimetre", "7.62mm": number and unit in one token.
const CALIBRE_TOKEN = /^(\d{1,3}(?:\.\d{1,2})?)[-‐‑–]?(\p{L}+)$/u;
const CALIBRE_NUMBER = /^\d{1,3}(?:\.\d{1,2})?$/;
const COORDINATORS = new Set(["and", "or", ",", "/"]);
const MAX_COORDINATED = 6;

interface Calibre {
  mm: number;
  to: number;
}

const DIGIT_START = /^\d/;

export function readCalibreItem(ctx: NlpContext, i: number): ItemHit | null {
  if (!DIGIT_START.test(ctx.tokens[i]!.text)) return null;
  const first = readCalibre(ctx, i);
  if (!first) return null;
  // "152mm and 122mm shells": the first calibre takes the head of the last. The chain is short
  // in real text; the cap keeps "152mm and 152mm and …" linear.
  let at = first.to;
  for (let n = 0; n < MAX_COORDINATED && COORDINATORS.has(ctx.tokens[at]?.key ?? ""); n++) {
    const next = readCalibre(ctx, at + 1);
    if (!next) break;
    at = next.to;
  }
  const head = readHead(ctx, at, first.mm);
  if (!head) return null;
  const to = at === first.to ? head.to : first.to;
  return { to, mention: itemMention(ctx, i, to, head.category, head.term, "item:calibre") };
}

function readCalibre(ctx: NlpContext, i: number): Calibre | null {
  const units = ctx.lex.items.calibre.units;
  const t = ctx.tokens[i];
  if (!t) return null;
  const joined = CALIBRE_TOKEN.exec(t.text);
  if (joined && units.has(joined[2]!.toLowerCase())) return { mm: Number(joined[1]), to: i + 1 };
  const next: Token | undefined = ctx.tokens[i + 1];
  if (CALIBRE_NUMBER.test(t.text) && next && units.has(next.key)) return { mm: Number(t.text), to: i + 2 };
  return null;
}

/** The word after the calibre: a calibre head ("rounds") or any weapon term ("howitzers"). */
function readHead(
  ctx: NlpContext,
  at: number,
  mm: number,
): { to: number; category: string; term: string } | null {
  const lex = ctx.lex.items;
  const head = lex.calibre.heads.longestAt(ctx.tokens, at);
  if (head) {
    const small = mm < lex.calibre.smallArmsBelow && head.value.startsWith("ammunition");
    const category = small ? "ammunition.small_arms" : head.value;
    return { to: head.to, category, term: `calibre-${mm}mm` };
  }
  const term = lex.terms.longestAt(ctx.tokens, at);
  if (!term?.value) return null;
  return { to: term.to, category: term.value.category, term: term.value.id };
}
