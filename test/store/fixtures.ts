// Made-up articles and hand-built extractions: the store is tested without the extractor.
import { minhashSignature } from "../../src/aggregate/minhash.js";
import type { Claim, ClaimSource, Extraction, Factuality, SourceDocument } from "../../src/core/model.js";
import type { DocumentRecord } from "../../src/store/types.js";

export interface ClaimSpec {
  /** Sentence of the article the claim is read from (must occur in the text). */
  sentence: string;
  supplier?: string | null;
  recipient?: string | null;
  item?: string;
  quantity?: number;
  factuality?: Factuality;
  source: ClaimSource;
  via?: ClaimSource[];
  time?: string;
}

export const NIS: ClaimSource = {
  name: "National Intelligence Service",
  kind: "intelligence",
  country: "KR",
};
export const US_INTEL: ClaimSource = {
  name: "Defense Intelligence Agency",
  kind: "intelligence",
  country: "US",
};
export const AUTHOR: ClaimSource = { name: null, kind: "author", country: null };
export const KREMLIN: ClaimSource = { name: null, kind: "government", country: "RU" };
export const PYONGYANG: ClaimSource = { name: null, kind: "government", country: "KP" };

export function makeRecord(opts: {
  text: string;
  outlet: string;
  published: string;
  title?: string;
  claims: ClaimSpec[];
  extractor?: string;
  wire?: string;
}): DocumentRecord {
  const doc: SourceDocument = {
    meta: {
      id: `${opts.outlet}-${opts.published}-${opts.text.length}`,
      title: opts.title ?? opts.text.slice(0, 30),
      outlet: opts.outlet,
      url: null,
      published: opts.published,
      language: "en",
      wire: opts.wire ?? null,
      origin: "test",
    },
    text: opts.text,
    offsets: [{ text: 0, input: 0 }],
  };
  const claims = opts.claims.map((c, i) => toClaim(opts.text, c, i));
  const extraction: Extraction = {
    schema: "armstrace.extraction/1",
    extractor: opts.extractor ?? "test-1",
    document: { ...doc.meta },
    entities: [
      { id: "country:KP", kind: "country", name: "North Korea", country: "KP", mentions: [] },
      { id: "country:RU", kind: "country", name: "Russia", country: "RU", mentions: [] },
    ],
    claims,
    diagnostics: [],
  };
  return { doc, extraction, sentences: splitSentences(opts.text), signature: minhashSignature(opts.text) };
}

function toClaim(text: string, c: ClaimSpec, i: number): Claim {
  const start = text.indexOf(c.sentence);
  if (start < 0) throw new Error(`fixture sentence not in text: ${c.sentence}`);
  const item = c.item ?? "ammunition.artillery";
  return {
    id: `c${i + 1}`,
    type: "transfer",
    supplier: c.supplier === undefined ? "KP" : c.supplier,
    recipient: c.recipient === undefined ? "RU" : c.recipient,
    participants: null,
    target: null,
    items: [
      {
        category: item,
        text: item,
        quantity: c.quantity ? { value: c.quantity, unit: "items", qualifier: "more_than" } : null,
      },
    ],
    status: "delivered",
    factuality: c.factuality ?? "CT+",
    source: c.source,
    via: c.via ?? [],
    time: c.time ? { text: c.time, start: c.time, end: null } : null,
    evidence: { start, end: start + c.sentence.length, text: c.sentence, cue: "said" },
    explain: { rule: "fixture", trigger: null, cue: null, roles: [] },
  };
}

function splitSentences(text: string): DocumentRecord["sentences"] {
  const out: DocumentRecord["sentences"] = [];
  const re = /[^.!?]+[.!?]*/g;
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ start: m.index + lead, end: m.index + m[0].trimEnd().length, paragraph: 0 });
  }
  return out;
}

/** Filler so that unrelated articles are not near duplicates of each other. */
export function filler(seed: number, words = 60): string {
  const vocab = [
    "harbour",
    "winter",
    "council",
    "railway",
    "budget",
    "festival",
    "bridge",
    "market",
    "school",
  ];
  const out: string[] = [];
  let x = seed * 7919 + 13;
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(vocab[x % vocab.length]!);
  }
  return `${out.join(" ")}.`;
}
