// Time expressions, resolved against the publication date when it is known. The cue is kept:
// "since August" opens a range (start 2023-08, no end), "by October 2023" closes one, "in" and
// "on" leave the date as it is. Without a publication date relative expressions keep only text.
import type { Mention, TimeMention } from "../core/model.js";
import type { ItemLexicon } from "../lexicon/items.js";
import type { CueKind } from "../lexicon/time-words.js";
import type { NlpContext } from "./annotate.js";
import { coveredTokens } from "./covered-tokens.js";
import { type ParsedTime, parseTimeAt } from "./parse-time.js";
import { type Interval, parsePublished, resolveDate } from "./resolve-date.js";

export function recogniseTimes(ctx: NlpContext): Mention[] {
  const { tokens } = ctx;
  const words = ctx.lex.items.times;
  const numberWords = ctx.lex.items.quantities.numberWords;
  const covered = coveredTokens(tokens, ctx.found);
  const published = parsePublished(ctx.doc.meta.published);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const parsed = covered[i] || !mayStart(ctx, i) ? null : parseTimeAt(tokens, i, words, numberWords);
    if (!parsed) {
      i++;
      continue;
    }
    out.push(timeMention(ctx, i, parsed, resolveDate(parsed.expr, published)));
    i = parsed.to;
  }
  return out;
}

const DIGIT_OR_MID = /^(?:\d|mid[-‐‑–])/i;

/** The words a time can start with, gathered from the lexicon once: two lookups a token, not six. */
interface TimeStarts {
  /** By token key: cues and relative words ("since", "last"), number words, "a"/"an" ("a week ago"). */
  keys: ReadonlySet<string>;
  /** By token text, capitals kept: month names and abbreviations, weekdays. */
  texts: ReadonlySet<string>;
}

const startsOf = new WeakMap<ItemLexicon, TimeStarts>();

function timeStarts(items: ItemLexicon): TimeStarts {
  let starts = startsOf.get(items);
  if (!starts) {
    const { times, quantities } = items;
    starts = {
      keys: new Set([...times.startKeys, ...quantities.numberWords.keys(), "a", "an"]),
      texts: new Set([...times.months.keys(), ...times.monthAbbreviations.keys(), ...times.weekdays.keys()]),
    };
    startsOf.set(items, starts);
  }
  return starts;
}

/** Most tokens cannot start a time: test them cheaply before parsing. */
function mayStart(ctx: NlpContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  const starts = timeStarts(ctx.lex.items);
  return starts.keys.has(t.key) || starts.texts.has(t.text) || DIGIT_OR_MID.test(t.text);
}

function timeMention(ctx: NlpContext, from: number, p: ParsedTime, dates: Interval | null): TimeMention {
  const start = ctx.tokens[from]!.start;
  const end = ctx.tokens[p.to - 1]!.end;
  const bounded = dates ? bound(dates, p.cueKind) : { startDate: null, endDate: null };
  return {
    kind: "time",
    start,
    end,
    text: ctx.doc.text.slice(start, end),
    rule: `time:${p.expr.kind}`,
    ...bounded,
    precision: dates?.precision ?? null,
    cue: p.cue,
  };
}

/** "since August" → from August, open; "by October" → open, until October; "in May" → May. */
function bound(dates: Interval, cue: CueKind): Pick<TimeMention, "startDate" | "endDate"> {
  if (cue === "since" || cue === "after") return { startDate: dates.start, endDate: null };
  if (cue === "until") return { startDate: null, endDate: dates.end };
  return { startDate: dates.start, endDate: dates.end };
}
