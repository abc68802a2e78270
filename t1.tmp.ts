import { loadLexicons } from "./src/lexicon/load.js";
import { findStates } from "./src/nlp/recognise-states.js";
import { tokenize } from "./src/nlp/tokenize.js";
const lex = loadLexicons();
for (const s of process.argv.slice(2)) {
  const m = findStates(s, tokenize(s), lex.states);
  console.log(s, "=>", m.map((x) => `${x.text}:${x.code}:${x.form}`).join(", "));
}
console.log([...lex.states.ambiguous.entries()], lex.states.notGivenNames.has("michael"));
