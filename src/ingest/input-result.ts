// One outcome of reading an input: a document, or the input that failed and why.
import type { SourceDocument } from "../core/model.js";
import { InputError, oneLine } from "./errors.js";

export type InputResult = { ok: true; doc: SourceDocument } | { ok: false; origin: string; reason: string };

/** Runs a reader and yields its documents, or one failure when it throws. */
export async function* attempt(
  origin: string,
  read: () => Promise<SourceDocument[]>,
): AsyncGenerator<InputResult> {
  let docs: SourceDocument[];
  try {
    docs = await read();
  } catch (err) {
    yield failure(origin, err);
    return;
  }
  for (const doc of docs) yield { ok: true, doc };
}

export function failure(origin: string, err: unknown, note = ""): InputResult {
  if (err instanceof InputError) return { ok: false, origin: err.origin, reason: err.reason + note };
  return { ok: false, origin, reason: `unexpected error (${oneLine(err)})${note}` };
}
