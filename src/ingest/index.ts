// STUB — owned by the ingest work. Reads articles in the formats people have them in and turns
// each into a SourceDocument (normalised body text + metadata + offset anchors).
import type { SourceDocument } from "../core/model.js";

/** A problem with one input, reported with what it was and why it failed. */
export class InputError extends Error {
  constructor(
    readonly origin: string,
    readonly reason: string,
  ) {
    super(`${origin}: ${reason}`);
    this.name = "InputError";
  }
}

/**
 * Reads one file (or "-" for standard input) holding one or more articles: plain text, text with
 * a header block, HTML, JSON, JSON Lines, RSS/Atom. Throws InputError naming the file and problem.
 */
export async function readDocuments(path: string): Promise<SourceDocument[]> {
  throw new InputError(path, "ingest not implemented yet");
}
