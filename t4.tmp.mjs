import { readFileSync, readdirSync } from "node:fs";
import { loadLexicons } from "./dist/lexicon/load.js";
import { annotate } from "./dist/nlp/annotate.js";
const lex = loadLexicons();
const kind = process.argv[2];
const dir = "/work/shared/eval/dev/";
const counts = new Map();
for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
  const text = readFileSync(dir + f, "utf8");
  const a = annotate({ meta: { id: f, title: null, outlet: null, url: null, published: null, language: "en", wire: null, origin: null }, text, offsets: [] }, lex);
  for (const m of a.mentions.filter((m) => m.kind === kind)) {
    const k = kind === "person" ? `${m.text} => ${m.name} | ${m.role} | ${m.country} | ${m.sourceKind}` : kind === "org" ? `${m.text} => ${m.orgId} ${m.sourceKind} ${m.country}` : `${m.text} => ${m.code} ${m.form}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
}
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) console.log(v, k);
