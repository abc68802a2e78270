// The one place lexicon files are read from disk. Each part module names its files and compiles
// the parsed data; a broken file stops start-up with the file (and line) named.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { ABBREVIATION_FILES, compileAbbreviations } from "./abbreviations.js";
import { CLAIM_FILES, compileClaimCues } from "./claim-cues.js";
import { compileItems, ITEM_FILES } from "./items.js";
import { readWorldCountries } from "./load-world-countries.js";
import { compileOrganisations, ORG_FILES } from "./organisations.js";
import { compilePeople, PEOPLE_FILES } from "./people.js";
import { compileStates, STATE_FILES } from "./states.js";
import { LexiconError, type Lexicons } from "./types.js";

/** lexicons/ at the package root, whether running from src/ (tests) or dist/. */
export const LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "lexicons");

/**
 * The parsed lexicon files `npm run build` stores, keyed by the sha256 of each file's text: YAML
 * parsing costs more than all the compiling (~0.4 s of CPU at start-up), and a key that is the
 * content itself can never be stale. A file edited since the build is simply parsed again.
 */
export const PARSED_CACHE = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "dist",
  "lexicon-cache.json",
);

type ParsedCache = Record<string, unknown>;
const LEXICON_FILE = /\.(?:ya?ml|json)$/;

/** Reads and parses named YAML/JSON files; returns them keyed by file name. */
export function readLexiconFiles(
  files: readonly string[],
  dir = LEXICON_DIR,
  cachePath = PARSED_CACHE,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const cache = readParsedCache(cachePath);
  for (const name of files) {
    const path = join(dir, name);
    const text = readLexiconText(path);
    const hash = sha256(text);
    out[name] = Object.hasOwn(cache, hash) ? cache[hash] : parseLexiconText(path, text);
  }
  return out;
}

function readLexiconText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    throw new LexiconError(path, `cannot read lexicon file (${(err as NodeJS.ErrnoException).code ?? err})`);
  }
}

function parseLexiconText(path: string, text: string): unknown {
  const doc = yaml().parseDocument(text, { prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    throw new LexiconError(path, first.message.split("\n")[0] ?? "invalid YAML", line);
  }
  return doc.toJS();
}

/** Loaded on first need only: with the build's cache in place, start-up never parses YAML. */
function yaml(): typeof import("yaml") {
  return createRequire(import.meta.url)("yaml") as typeof import("yaml");
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Parsed afresh on every call, so that no caller can change what another one reads. */
function readParsedCache(cachePath: string): ParsedCache {
  try {
    return JSON.parse(readFileSync(cachePath, "utf8")) as ParsedCache;
  } catch {
    return {}; // no build yet, or a broken cache: parse the YAML
  }
}

/**
 * Writes the cache for every lexicon file under `dir` (run by `npm run build`). Left out, and so
 * parsed at start-up as before: a broken file (its error is reported there, not by the build)
 * and one whose parsed value JSON would not carry exactly (NaN, -0).
 */
export function writeParsedCache(dir = LEXICON_DIR, cachePath = PARSED_CACHE): number {
  const cache: ParsedCache = {};
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => LEXICON_FILE.test(f));
  for (const name of files) {
    const text = readLexiconText(join(dir, name));
    const data = parsedOrUndefined(join(dir, name), text);
    if (data !== undefined && isDeepStrictEqual(JSON.parse(JSON.stringify(data)), data)) {
      cache[sha256(text)] = data;
    }
  }
  writeFileSync(cachePath, JSON.stringify(cache));
  return Object.keys(cache).length;
}

function parsedOrUndefined(path: string, text: string): unknown {
  try {
    return parseLexiconText(path, text);
  } catch {
    return undefined;
  }
}

let cached: Lexicons | undefined;

/** Loads and validates every lexicon once per process. */
export function loadLexicons(dir = LEXICON_DIR): Lexicons {
  if (cached && dir === LEXICON_DIR) return cached;
  const lex: Lexicons = {
    states: compileStates({ ...readLexiconFiles(STATE_FILES, dir), ...readWorldCountries() }),
    organisations: compileOrganisations(readLexiconFiles(ORG_FILES, dir)),
    people: compilePeople(readLexiconFiles(PEOPLE_FILES, dir)),
    items: compileItems(readLexiconFiles(ITEM_FILES, dir)),
    claims: compileClaimCues(readLexiconFiles(CLAIM_FILES, dir)),
    abbreviations: compileAbbreviations(readLexiconFiles(ABBREVIATION_FILES, dir)),
  };
  if (dir === LEXICON_DIR) cached = lex;
  return lex;
}
