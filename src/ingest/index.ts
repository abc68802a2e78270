// The ingest stage: reads articles in the formats people have them in (plain text, text with a
// header, HTML, JSON, JSON Lines, RSS/Atom; files, folders, globs, stdin, URLs) and turns each
// into a SourceDocument: normalised body text, metadata, and anchors back to the input.
import type { SourceDocument } from "../core/model.js";
import { detectFormat } from "./detect-format.js";
import { withParseErrors } from "./errors.js";
import { parseInput } from "./parse-input.js";
import { type ReadOptions, readInputText } from "./read-file.js";

export type { CollectOptions, CollectSummary, InputResult } from "./collect.js";
export { collectInputs } from "./collect.js";
export { DEFAULT_MAX_BYTES } from "./decode.js";
export { detectFormat, type Format, sniffFormat } from "./detect-format.js";
export { InputError } from "./errors.js";
export type { FetchOptions } from "./fetch.js";
export { parseInput } from "./parse-input.js";

/**
 * Reads one file (or "-" for standard input) holding one or more articles. Throws InputError
 * naming the file and the problem; never anything else.
 */
export async function readDocuments(path: string, opts: ReadOptions = {}): Promise<SourceDocument[]> {
  const content = await readInputText(path, opts);
  return withParseErrors(path, () => parseInput(content, path, detectFormat(path, content)));
}
