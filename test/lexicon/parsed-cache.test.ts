// The parsed-lexicon cache `npm run build` writes: used when a file's content is unchanged,
// ignored when it changed, and never hiding a broken file.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readLexiconFiles, writeParsedCache } from "../../src/lexicon/load.js";
import { LexiconError } from "../../src/lexicon/types.js";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function lexiconDir(files: Record<string, string>): { dir: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), "armstrace-lexicon-"));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, cache: join(dir, "cache.json") };
}

describe("parsed lexicon cache", () => {
  it("reads the same values with and without the cache", () => {
    const { dir, cache } = lexiconDir({ "words.yaml": "terms:\n  - tank\n  - howitzer\ncount: 2\n" });
    const parsed = readLexiconFiles(["words.yaml"], dir, join(dir, "missing.json"));
    expect(writeParsedCache(dir, cache)).toBe(1);
    expect(readLexiconFiles(["words.yaml"], dir, cache)).toEqual(parsed);
  });

  it("takes a file's value from the cache entry of its content hash", () => {
    const text = "terms: [tank]\n";
    const { dir, cache } = lexiconDir({ "words.yaml": text });
    const hash = createHash("sha256").update(text).digest("hex");
    writeFileSync(cache, JSON.stringify({ [hash]: { terms: ["from the cache"] } }));
    expect(readLexiconFiles(["words.yaml"], dir, cache)).toEqual({
      "words.yaml": { terms: ["from the cache"] },
    });
  });

  it("parses a file edited after the cache was written", () => {
    const { dir, cache } = lexiconDir({ "words.yaml": "terms: [tank]\n" });
    writeParsedCache(dir, cache);
    writeFileSync(join(dir, "words.yaml"), "terms: [tank, rifle]\n");
    expect(readLexiconFiles(["words.yaml"], dir, cache)).toEqual({
      "words.yaml": { terms: ["tank", "rifle"] },
    });
  });

  it("leaves broken and non-JSON values out, so their errors and values stay as parsed", () => {
    const { dir, cache } = lexiconDir({ "broken.yaml": "terms: [tank\n", "odd.yaml": "ratio: .nan\n" });
    expect(writeParsedCache(dir, cache)).toBe(0);
    expect(() => readLexiconFiles(["broken.yaml"], dir, cache)).toThrow(LexiconError);
    expect(readLexiconFiles(["odd.yaml"], dir, cache)).toEqual({ "odd.yaml": { ratio: Number.NaN } });
  });

  it("reads a fresh copy on every call", () => {
    const { dir, cache } = lexiconDir({ "words.yaml": "terms: [tank]\n" });
    writeParsedCache(dir, cache);
    const first = readLexiconFiles(["words.yaml"], dir, cache)["words.yaml"] as { terms: string[] };
    first.terms.push("changed");
    expect(readLexiconFiles(["words.yaml"], dir, cache)).toEqual({ "words.yaml": { terms: ["tank"] } });
  });
});
