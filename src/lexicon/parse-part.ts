// Checks one parsed lexicon file against its schema; a mismatch is a LexiconError naming the
// file and the path inside it ("states-overrides.yaml: states.3.code: expected string").
import { z } from "zod";
import { SOURCE_KINDS } from "../core/model.js";
import { LexiconError } from "./types.js";

export function parsePart<S extends z.ZodType>(schema: S, raw: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.join(".") ?? "";
  throw new LexiconError(file, `${path ? `${path}: ` : ""}${issue?.message ?? "invalid data"}`);
}

/** The contract's source kinds a lexicon may name (not "author": that is the article's voice). */
export const SourceKindSchema = z.enum(SOURCE_KINDS.filter((k) => k !== "author"));

/** The parsed content of a file the loader was asked for, or a LexiconError if it is missing. */
export function partFile(raw: Record<string, unknown>, file: string): unknown {
  if (!(file in raw)) throw new LexiconError(file, "lexicon file was not loaded");
  return raw[file];
}
