import { mkdir, mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError, readDocuments } from "../../src/ingest/index.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "armstrace-ingest-bad-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** The InputError readDocuments throws for `path`, checked to be one line naming the file. */
async function failureOf(path: string, opts?: { maxBytes?: number }): Promise<string> {
  const err = await readDocuments(path, opts).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  const { origin, reason, message } = err as InputError;
  expect(origin).toBe(path);
  expect(message).toBe(`${path}: ${reason}`);
  expect(reason).not.toContain("\n");
  return reason;
}

describe("bad input", () => {
  it("reads an empty file as one document with empty text", async () => {
    const docs = await readDocuments(await write("empty.txt", ""));
    expect(docs).toHaveLength(1);
    expect(docs[0]!.text).toBe("");
    expect(docs[0]!.meta.outlet).toBeNull();
  });

  it("refuses binary data", async () => {
    const path = await write("image.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(await failureOf(path)).toBe("binary data (NUL byte at offset 4), not a text article");
  });

  it("refuses invalid UTF-8", async () => {
    const path = await write("latin1.txt", new Uint8Array([0x54, 0x61, 0x6e, 0x6b, 0xe9, 0x20, 0x73]));
    expect(await failureOf(path)).toMatch(/^not valid UTF-8 text/);
  });

  it("reads UTF-16 with a byte order mark", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Boats were sold.", "utf16le")]);
    const [doc] = await readDocuments(await write("utf16.txt", utf16));
    expect(doc!.text).toBe("Boats were sold.");
  });

  it("decodes the charset an HTML page declares", async () => {
    const head = Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Caf');
    const page = Buffer.concat([
      head,
      Buffer.from([0xe9]),
      Buffer.from(" owners sold rifles.</p></body></html>"),
    ]);
    const [doc] = await readDocuments(await write("legacy.html", page));
    expect(doc!.text).toBe("Café owners sold rifles.");
  });

  it("reads standard input, with the same size limit", async () => {
    const original = Object.getOwnPropertyDescriptor(process, "stdin")!;
    const feed = (text: string) =>
      Object.defineProperty(process, "stdin", {
        value: Readable.from([Buffer.from(text)]),
        configurable: true,
      });
    try {
      feed("title: Radios\n---\nEastland bought radios.");
      const [doc] = await readDocuments("-");
      expect(doc!.meta).toMatchObject({ title: "Radios", origin: "-" });
      feed("x".repeat(5000));
      expect(await failureOf("-", { maxBytes: 1000 })).toBe("input too large (over the 1000 bytes limit)");
    } finally {
      Object.defineProperty(process, "stdin", original);
    }
  });

  it("names a directory and a missing file", async () => {
    const sub = join(dir, "folder");
    await mkdir(sub);
    expect(await failureOf(sub)).toMatch(/^is a directory/);
    expect(await failureOf(join(dir, "nowhere.txt"))).toBe("no such file");
  });

  it("refuses a file over the size limit before reading it", async () => {
    const path = await write("huge.txt", "");
    await truncate(path, 50 * 1024 * 1024); // sparse: 50 MB on paper, nothing on disk
    expect(await failureOf(path)).toBe("file too large (50.0 MB, limit 20 MB)");
    const small = await write("small.txt", "x".repeat(2000));
    expect(await failureOf(small, { maxBytes: 1024 })).toBe("file too large (2000 bytes, limit 1024 bytes)");
  });

  it.each([
    ["broken.json", '{"text": "Tanks were', /^malformed JSON \(/],
    ["broken.jsonl", '{"text": "One."}\n{"text": \n', /^malformed JSON on line 2 \(/],
    [
      "notext.json",
      '[{"text": "One."}, {"title": "No body"}]',
      /^record 2 has no text \(expected a "text", "body" or "content" string\)$/,
    ],
    ["scalar.json", "42", /^record is not a JSON object$/],
    [
      "broken.rss",
      "<rss><channel><title>X</channel></rss>",
      /^malformed feed XML \(line 1: Expected closing tag 'title'/,
    ],
    [
      "other.xml",
      '<?xml version="1.0"?><invoice><total>3</total></invoice>',
      /^XML file is not an RSS or Atom feed/,
    ],
  ])("reports malformed %s on one line", async (name, content, reason) => {
    expect(await failureOf(await write(name, content))).toMatch(reason);
  });

  it("reads malformed HTML as well as it can", async () => {
    const path = await write(
      "broken.html",
      "<html><body><p>Eastland bought <b>radios<div>from Westland</p></span>",
    );
    const [doc] = await readDocuments(path);
    expect(doc!.text).toContain("Eastland bought radios");
    expect(doc!.text).toContain("from Westland");
  });
});
