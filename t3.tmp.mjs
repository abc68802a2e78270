import { findStates } from "./dist/nlp/recognise-states.js";
import { loadLexicons } from "./dist/lexicon/load.js";
import { splitSentences } from "./dist/nlp/sentences.js";
import { tokenize } from "./dist/nlp/tokenize.js";
import { recogniseOrganisations } from "./dist/nlp/recognise-organisations.js";
import { recogniseStates } from "./dist/nlp/recognise-states.js";
import { recognisePeople } from "./dist/nlp/recognise-people.js";
const lex = loadLexicons();
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const parts = [
  "Norwegian officials said on Tuesday that the Latvian Defence Ministry had shipped 40 trucks to Ukraine.",
  "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vostochny, KCNA reported.",
  "The Institute for Coastal Studies (ICS) said Pyongyang sent shells, mortars and howitzers. , and more.",
  "According to South Korea's Joint Chiefs of Staff, the U.S. Army and the Japanese military held talks.",
  "Jane Doe, a senior fellow at RUSI, said Iran's drones reached Russian forces via the Caspian Sea.",
  "Gen. Ola Berg told Reuters the ministry was unaware of it, and ICS later said that ISC was wrong.",
  "Michael Jordan visited Jordan, then Atlanta, Georgia; the turkey was eaten in Turkey.",
];
import { readFileSync } from "node:fs";
const corpus = process.env.CORPUS ? readFileSync(process.env.CORPUS, "utf8") : null;
function gen(bytes) {
  if (corpus) { let s = ""; while (s.length < bytes) s += corpus + "\n\n"; return s; }
  const out = []; let n = 0; let i = 0;
  while (n < bytes) { const s = parts[i % parts.length] + (i % 5 === 4 ? "\n\n" : " "); out.push(s); n += s.length; i++; }
  return out.join("");
}
for (const mb of (process.argv[2] ?? "1,4").split(",").map(Number)) {
  const text = gen(mb * 1024 * 1024);
  const doc = { meta: { id: "x", title: null, outlet: null, url: null, published: null, language: "en", wire: null, origin: null }, text, offsets: [] };
  let t = cpu();
  const sentences = splitSentences(text, lex.abbreviations);
  const tSent = cpu() - t; t = cpu();
  const tokens = tokenize(text);
  const tTok = cpu() - t;
  t = cpu(); findStates(text, tokens, lex.states); const tStates = cpu() - t;
  const found = [];
  const times = {};
  for (const [name, f] of [["orgs", recogniseOrganisations], ["states", recogniseStates], ["people", recognisePeople]]) {
    t = cpu(); const m = f({ doc, sentences, tokens, lex, found }); times[name] = cpu() - t; found.push(...m);
  }
  const total = tSent + tStates + times.orgs + times.states + times.people;
  console.log(`${mb} MB: sentences ${tSent.toFixed(0)}ms (${sentences.length}), tokenize ${tTok.toFixed(0)}ms, states ${tStates.toFixed(0)}ms, orgs ${times.orgs.toFixed(0)}ms, states(memo) ${times.states.toFixed(0)}ms, people ${times.people.toFixed(0)}ms; mine ${total.toFixed(0)}ms = ${(mb*1000/total).toFixed(2)} MB/s; mentions ${found.length}`);
}
