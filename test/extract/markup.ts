// Builds an AnnotatedDocument from marked-up text, so claim rules can be tested without the
// entity layer. Brackets mark mentions; everything else is plain text:
//   [KP:North Korea]                      state (code; a name ending in -n/-ese/-ish/-i is a demonym)
//   [org:intelligence:KR:Spy Agency]      organisation (source kind, country; "-" for none)
//   [person:RU:Vladimir Putin]            person (country)
//   [item:missile.srbm:ballistic missiles] item (category)
//   [qty:1000000:more_than:a million]     quantity (value or "-", qualifier, optional unit before text)
//   [time:last week]                      time expression
// Sentences end at ". ", "! ", "? " or a line break; a blank line starts a paragraph.
import type {
  AnnotatedDocument,
  Mention,
  Qualifier,
  QuantityUnit,
  Sentence,
  SourceKind,
} from "../../src/core/model.js";

const MARK = /\[([^\]:]+):([^\]]*)\]/g;

export function annotateMarkup(marked: string): AnnotatedDocument {
  let text = "";
  let last = 0;
  const mentions: Mention[] = [];
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const fields = m[2]!.split(":");
    const surface = fields[fields.length - 1]!;
    const start = text.length;
    text += surface;
    mentions.push(toMention(m[1]!, fields.slice(0, -1), surface, start, text.length));
    last = (m.index ?? 0) + m[0].length;
  }
  text += marked.slice(last);
  const doc = {
    meta: {
      id: "test",
      title: null,
      outlet: null,
      url: null,
      published: "2024-01-15",
      language: "en",
      wire: null,
      origin: null,
    },
    text,
    offsets: [{ text: 0, input: 0 }],
  };
  return { doc, sentences: splitSentences(text), mentions, diagnostics: [] };
}

function toMention(tag: string, f: string[], text: string, start: number, end: number): Mention {
  const base = { start, end, text, rule: "markup" };
  switch (tag) {
    case "org":
      return {
        ...base,
        kind: "org",
        orgId: text.toLowerCase(),
        name: text,
        sourceKind: f[0] as SourceKind,
        country: dash(f[1]),
        actor: dash(f[2]),
      };
    case "person":
      return {
        ...base,
        kind: "person",
        name: text,
        role: null,
        country: dash(f[0]),
        sourceKind: (f[1] as SourceKind) ?? "government",
      };
    case "item":
      return { ...base, kind: "item", category: f[0]!, term: text.toLowerCase() };
    case "qty":
      return {
        ...base,
        kind: "quantity",
        value: f[0] === "-" ? null : Number(f[0]),
        qualifier: (f[1] ?? "exact") as Qualifier,
        unit: (f[2] ?? "items") as QuantityUnit,
      };
    case "time":
      return { ...base, kind: "time", startDate: null, endDate: null, precision: null };
    default: {
      const form = /(an|ese|ish|i)$/.test(text) ? "demonym" : "name";
      return { ...base, kind: "state", code: tag, name: text, form };
    }
  }
}

function dash(s: string | undefined): string | null {
  return !s || s === "-" ? null : s;
}

function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const BOUNDARY = /([.!?])[ \t]+(?=\S)|\n(\s*\n)?/g;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = (m.index ?? 0) + (m[1] ? 1 : 0);
    if (text.slice(start, end).trim()) out.push({ index: out.length, paragraph, start, end });
    start = (m.index ?? 0) + m[0].length;
    if (m[2] !== undefined) paragraph++;
  }
  if (text.slice(start).trim()) out.push({ index: out.length, paragraph, start, end: text.length });
  return out;
}
