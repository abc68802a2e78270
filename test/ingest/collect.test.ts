import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CollectSummary, collectInputs, type InputResult } from "../../src/ingest/index.js";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "armstrace-ingest-collect-"));
  const files: Record<string, string | Uint8Array> = {
    "a.txt": "Eastland bought radios from Westland.",
    "nested/b.md": "title: Boats\n---\nTwo boats arrived.",
    "nested/deeper/c.jsonl": '{"id": "c1", "text": "One."}\n{"id": "c2", "text": "Two."}\n',
    "nested/.hidden.txt": "Never read.",
    ".git/config.txt": "Never read either.",
    "photo.jpg": new Uint8Array([0xff, 0xd8, 0x00]),
    "notes.csv": "a,b\n1,2\n",
    "broken.json": '{"text": ',
  };
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, ".."), { recursive: true });
    await writeFile(join(dir, name), content);
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(specs: string[]): Promise<{ results: InputResult[]; summary: CollectSummary }> {
  const results: InputResult[] = [];
  const generator = collectInputs(specs);
  for (;;) {
    const next = await generator.next();
    if (next.done) return { results, summary: next.value };
    results.push(next.value);
  }
}

const texts = (results: InputResult[]) => results.flatMap((r) => (r.ok ? [r.doc.text] : []));

describe("collectInputs over files, folders and globs", () => {
  it("walks a folder recursively in name order, skipping hidden entries and non-article files", async () => {
    const { results, summary } = await collect([dir]);
    expect(texts(results)).toEqual([
      "Eastland bought radios from Westland.",
      "Two boats arrived.",
      "One.",
      "Two.",
    ]);
    const failures = results.filter((r) => !r.ok);
    expect(failures).toEqual([
      { ok: false, origin: join(dir, "broken.json"), reason: expect.stringMatching(/^malformed JSON/) },
    ]);
    expect(summary).toEqual({ documents: 4, failed: 1 });
  });

  it("expands globs and reports a pattern that matches nothing", async () => {
    const { results } = await collect([`${dir}/**/*.{md,jsonl}`, `${dir}/*.nothing`]);
    expect(texts(results)).toEqual(["Two boats arrived.", "One.", "Two."]);
    expect(results.at(-1)).toEqual({
      ok: false,
      origin: `${dir}/*.nothing`,
      reason: "no files match this pattern",
    });
  });

  it("reads a named file even with an unknown extension, and goes on after a missing one", async () => {
    const { results, summary } = await collect([
      join(dir, "missing.txt"),
      join(dir, "photo.jpg"),
      join(dir, "a.txt"),
    ]);
    expect(results[0]).toEqual({ ok: false, origin: join(dir, "missing.txt"), reason: "no such file" });
    expect(results[1]).toMatchObject({ ok: false, reason: expect.stringMatching(/^binary data/) });
    expect(results[2]).toMatchObject({ ok: true, doc: { meta: { origin: join(dir, "a.txt") } } });
    expect(summary).toEqual({ documents: 1, failed: 2 });
  });

  it("stops when the signal is aborted", async () => {
    const controller = new AbortController();
    const seen: InputResult[] = [];
    for await (const result of collectInputs([dir], { signal: controller.signal })) {
      seen.push(result);
      controller.abort();
    }
    expect(seen).toHaveLength(1);
  });
});
