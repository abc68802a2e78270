// Turns a path spec into the files it names: a file as is, a folder walked recursively (hidden
// entries skipped, only article extensions read), or a glob ("news/**/*.html").
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { ARTICLE_EXTENSIONS } from "./detect-format.js";
import { asInputError } from "./read-file.js";

export type PathEntry = { ok: true; path: string } | { ok: false; origin: string; reason: string };

export async function* expandPathSpec(spec: string): AsyncGenerator<PathEntry> {
  const kind = await pathKind(spec);
  if (kind === "file") yield { ok: true, path: spec };
  else if (kind === "directory") yield* walkFolder(spec);
  else if (isDynamicPattern(spec)) yield* expandGlob(spec);
  else yield { ok: false, origin: spec, reason: kind.reason };
}

async function pathKind(path: string): Promise<"file" | "directory" | { reason: string }> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? "directory" : "file";
  } catch (err) {
    return { reason: asInputError(path, err).reason };
  }
}

async function* expandGlob(pattern: string): AsyncGenerator<PathEntry> {
  const matches = await glob(pattern, { onlyFiles: true, dot: false, expandDirectories: false });
  if (matches.length === 0) yield { ok: false, origin: pattern, reason: "no files match this pattern" };
  for (const path of matches.sort()) yield { ok: true, path };
}

/** Files in name order, depth first, so runs over the same folder are repeatable. */
async function* walkFolder(folder: string): AsyncGenerator<PathEntry> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (err) {
    const { reason } = asInputError(folder, err);
    yield { ok: false, origin: folder, reason };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    // Symbolic links to folders are not followed, which rules out cycles.
    if (entry.isDirectory()) yield* walkFolder(path);
    else if (isArticleFile(entry) && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      yield { ok: true, path };
    }
  }
}

function isArticleFile(entry: Dirent): boolean {
  return entry.isFile() || entry.isSymbolicLink();
}
