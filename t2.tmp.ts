import { readFileSync } from "node:fs";
import { loadLexicons } from "./src/lexicon/load.js";
import { annotate } from "./src/nlp/annotate.js";
const lex = loadLexicons();
const args = process.argv.slice(2);
const texts = args[0] === "-f" ? [readFileSync(args[1]!, "utf8")] : args;
for (const text of texts) {
  const doc = { meta: { id: "x", title: null, outlet: null, url: null, published: "2023-11-02", language: "en", wire: null, origin: null }, text, offsets: [] };
  const a = annotate(doc, lex);
  if (texts.length > 1) console.log("##", text);
  for (const m of a.mentions) {
    const extra = m.kind === "state" ? `${m.code} ${m.form}` : m.kind === "org" ? `${m.orgId} ${m.sourceKind} ${m.country} ${m.actor ?? ""}` : m.kind === "person" ? `${m.name} | ${m.role} | ${m.country} | ${m.sourceKind}` : "";
    console.log(`  ${m.kind} [${m.start},${m.end}] "${m.text}" ${extra}  (${m.rule})`);
  }
}
