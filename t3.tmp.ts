import { loadLexicons } from "./src/lexicon/load.js";
import { splitSentences } from "./src/nlp/sentences.js";
import { tokenize } from "./src/nlp/tokenize.js";
import { recogniseOrganisations } from "./src/nlp/recognise-organisations.js";
import { recogniseStates } from "./src/nlp/recognise-states.js";
import { recognisePeople } from "./src/nlp/recognise-people.js";
import type { Mention } from "./src/core/model.js";
const lex = loadLexicons();
const parts = [
  "Norwegian officials said on Tuesday that the Latvian Defence Ministry had shipped 40 trucks to Ukraine.",
  "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vostochny, KCNA reported.",
  "The Institute for Coastal Studies (ICS) said Pyongyang sent shells, mortars and howitzers. , and more.",
  "According to South Korea's Joint Chiefs of Staff, the U.S. Army and the Japanese military held talks.",
  "Jane Doe, a senior fellow at RUSI, said Iran's drones reached Russian forces via the Caspian Sea.",
  "Gen. Ola Berg told Reuters the ministry was unaware of it, and ICS later said that ISC was wrong.",
  "Michael Jordan visited Jordan, then Atlanta, Georgia; the turkey was eaten in Turkey.",
];
function gen(bytes: number): string {
  const out: string[] = [];
  let n = 0; let i = 0;
  while (n < bytes) { const s = parts[i % parts.length]! + (i % 5 === 4 ? "\n\n" : " "); out.push(s); n += s.length; i++; }
  return out.join("");
}
for (const mb of [2]) {
  const text = gen(mb * 1024 * 1024);
  const doc = { meta: { id: "x", title: null, outlet: null, url: null, published: null, language: "en", wire: null, origin: null }, text, offsets: [] };
  let t = performance.now();
  const sentences = splitSentences(text, lex.abbreviations);
  const tSent = performance.now() - t; t = performance.now();
  const tokens = tokenize(text);
  const tTok = performance.now() - t;
  const found: Mention[] = [];
  const ctx = { doc, sentences, tokens, lex, found };
  const times: Record<string, number> = {};
  for (const [name, f] of [["orgs", recogniseOrganisations], ["states", recogniseStates], ["people", recognisePeople]] as const) {
    t = performance.now(); const m = f({ ...ctx, found }); times[name] = performance.now() - t; found.push(...m);
  }
  const total = tSent + times.orgs! + times.states! + times.people!;
  console.log(`${mb} MB: sentences ${tSent.toFixed(0)}ms (${sentences.length}), tokenize ${tTok.toFixed(0)}ms, orgs ${times.orgs!.toFixed(0)}ms, states ${times.states!.toFixed(0)}ms, people ${times.people!.toFixed(0)}ms; mine total ${total.toFixed(0)}ms = ${(mb*1000/total).toFixed(2)} MB/s; mentions ${found.length}`);
}
