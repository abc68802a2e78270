// The ingest stage: reads articles in the formats people have them in (plain text, text with a
// header, HTML, JSON, JSON Lines, RSS/Atom; files, folders, globs, stdin, URLs) and turns each
// into a SourceDocument: normalised body text, metadata, and anchors back to the input.
//
// What "the input" of SourceDocument.offsets is, per format:
//   text, text with header  the decoded file (UTF-8 BOM dropped); header files map past the header
//   JSON, JSON Lines        the record's text value as decoded (JSON escapes make file offsets useless)
//   HTML, feed items, HTML  the extracted text, which is the body itself (identity map): there is
//   in JSON records         no single meaningful offset into markup
import type { SourceDocument } from "../core/model.js";
import { detectFormat } from "./detect-format.js";
import { parseInput } from "./parse-input.js";
import { type ReadOptions, readInputText } from "./read-file.js";

export type { CollectOptions, CollectSummary, InputResult } from "./collect.js";
export { collectInputs } from "./collect.js";
export { DEFAULT_MAX_BYTES } from "./decode.js";
export { detectFormat, type Format, sniffFormat } from "./detect-format.js";
export { InputError } from "./errors.js";
export type { FetchOptions } from "./fetch.js";
export { parseInput } from "./parse-input.js";
export type { ReadOptions } from "./read-file.js";

/**
 * Reads one file (or "-" for standard input) holding one or more articles. Throws InputError
 * naming the file and the problem; never anything else.
 */
export async function readDocuments(path: string, opts: ReadOptions = {}): Promise<SourceDocument[]> {
  const content = await readInputText(path, opts);
  return parseInput(content, path, detectFormat(path, content));
}
