// Part of `npm run build`: stores the parsed lexicon files beside the compiled code, so that
// start-up skips YAML parsing (see PARSED_CACHE in src/lexicon/load.ts; keyed by content hash).
import { PARSED_CACHE, writeParsedCache } from "../dist/lexicon/load.js";

const count = writeParsedCache();
console.log(`lexicon cache: ${count} parsed files in ${PARSED_CACHE}`);
