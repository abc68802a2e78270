// Quantities: "more than a million", "about 10,000", "$1.7bn", "4 billion euros",
// "6,700 containers", "5 to 7", "dozens of". Calibres, model numbers, years, dates, shares and
// ages are not quantities.
import type { Mention, Qualifier, QuantityMention, QuantityUnit } from "../core/model.js";
import type { QuantityWords } from "../lexicon/quantity-words.js";
import type { NlpContext } from "./annotate.js";
import { coveredTokens } from "./covered-tokens.js";
import { type ParsedNumber, parseNumber } from "./parse-number.js";
import { readQuantityTail } from "./quantity-tail.js";
import type { Token } from "./tokenize.js";

interface Reading {
  to: number;
  value: number | null;
  unit: QuantityUnit;
  qualifier: Qualifier;
  rule: string;
}

/** What a scan knows about the mentions before it. */
interface Scan {
  ctx: NlpContext;
  covered: Uint8Array;
  itemStarts: ReadonlySet<number>;
}

export function recogniseQuantities(ctx: NlpContext): Mention[] {
  const itemStarts = new Set(ctx.found.filter((m) => m.kind === "item").map((m) => m.start));
  const scan: Scan = { ctx, covered: coveredTokens(ctx.tokens, ctx.found), itemStarts };
  const out: Mention[] = [];
  for (let i = 0; i < ctx.tokens.length; ) {
    const reading = !mayStart(ctx, i) || isTaken(scan, i) || isLabel(ctx, i) ? null : readQuantity(scan, i);
    if (!reading) {
      i++;
      continue;
    }
    out.push(quantityMention(ctx, i, reading));
    i = reading.to;
  }
  return out;
}

const DIGIT_START = /^\d/;
const FIRST_PART = /^[^-‐‑–]+/;
const HYPHEN = /[-‐‑–]/;

/** Most tokens cannot start a quantity: test them cheaply before reading ("twenty-five" by "twenty"). */
function mayStart(ctx: NlpContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  const starts = ctx.lex.items.quantities.startKeys;
  if (DIGIT_START.test(t.text) || starts.has(t.key)) return true;
  // The key folds hyphens away ("twentyfive"); without a hyphen the first part is the key itself.
  return HYPHEN.test(t.text) && starts.has(FIRST_PART.exec(t.text.toLowerCase())?.[0] ?? "");
}

/** Inside an earlier mention, except "US$2 billion", where the state is part of the currency. */
function isTaken({ ctx, covered }: Scan, i: number): boolean {
  return covered[i] === 1 && !ctx.lex.items.quantities.currencyBefore.longestAt(ctx.tokens, i);
}

function readQuantity({ ctx, covered, itemStarts }: Scan, i: number): Reading | null {
  const words = ctx.lex.items.quantities;
  const { tokens } = ctx;
  const qualifier = words.qualifiers.longestAt(tokens, i);
  let k = qualifier?.to ?? i;
  if (words.otherCurrency.longestAt(tokens, k)) return null;
  const currency = words.currencyBefore.longestAt(tokens, k);
  k = currency?.to ?? k;
  const vague = readVague(tokens, k, words);
  if (vague) return { ...vague, qualifier: "about", unit: currency?.value ?? vague.unit };
  const number = covered[k] || tokens[k - 1]?.text === ":" ? null : parseNumber(tokens, k, words);
  if (!number || isDate(ctx, k, number)) return null;
  // "one Patriot battery" counts; "one of the", "no one" do not.
  if (number.bareOne && !itemStarts.has(tokens[number.to]?.start ?? -1)) return null;
  const tail = readQuantityTail(tokens, number, words, currency?.value ?? null);
  if (!tail) return null;
  if (number.yearLike && !qualifier && !currency && tail.unit === "items") return null;
  const stated = qualifier?.value ?? "exact";
  return {
    to: tail.to,
    value: number.value * tail.multiplier,
    unit: tail.unit,
    qualifier: tail.qualifier ?? stated,
    rule: `quantity:${tail.rule}`,
  };
}

/** "dozens of", "hundreds of thousands of", "millions of dollars": a count with no value. */
function readVague(
  tokens: readonly Token[],
  k: number,
  words: QuantityWords,
): Omit<Reading, "qualifier"> | null {
  const vague = words.vagueCounts.longestAt(tokens, k);
  if (!vague || tokens[vague.to]?.key !== "of") return null;
  const money = words.currencyAfter.longestAt(tokens, vague.to + 1);
  if (money) return { to: money.to, value: null, unit: money.value, rule: "quantity:vague" };
  return { to: vague.to + 1, value: null, unit: "items", rule: "quantity:vague" };
}

/** "Resolution 2231", "Article 5", "Type 58": a number after a label word or a capitalised name. */
function isLabel(ctx: NlpContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (!prev) return false;
  if (ctx.lex.items.quantities.notAfter.has(prev.key)) return true;
  const t = ctx.tokens[i]!;
  return (
    /^\d/.test(t.text) &&
    /^\p{Lu}/u.test(prev.text) &&
    !ctx.lex.items.quantities.currencyBefore.longestAt(ctx.tokens, i - 1)
  );
}

/** "October 13", "13 October", "Oct. 13": the number is a day. */
function isDate(ctx: NlpContext, k: number, n: ParsedNumber): boolean {
  const { months, monthAbbreviations } = ctx.lex.items.times;
  const isMonth = (t: Token | undefined) => !!t && (months.has(t.text) || monthAbbreviations.has(t.text));
  const before = ctx.tokens[k - 1]?.text === "." ? ctx.tokens[k - 2] : ctx.tokens[k - 1];
  const after = ctx.tokens[n.to]?.key === "of" ? ctx.tokens[n.to + 1] : ctx.tokens[n.to];
  return isMonth(before) || isMonth(after);
}

function quantityMention(ctx: NlpContext, from: number, r: Reading): QuantityMention {
  const start = ctx.tokens[from]!.start;
  const end = ctx.tokens[r.to - 1]!.end;
  const text = ctx.doc.text.slice(start, end);
  return {
    kind: "quantity",
    start,
    end,
    text,
    rule: r.rule,
    value: r.value,
    unit: r.unit,
    qualifier: r.qualifier,
  };
}
