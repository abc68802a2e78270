import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toInputOffset } from "../../src/core/offsets.js";
import { parseInput, readDocuments } from "../../src/ingest/index.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
const fixture = (name: string) => join(FIXTURES, name);

describe("text with a header block", () => {
  it("reads the metadata, keeps the title out of the body and maps offsets past the header", async () => {
    const [doc] = await readDocuments(fixture("header-article.txt"));
    const input = readFileSync(fixture("header-article.txt"), "utf8");
    expect(doc!.meta).toMatchObject({
      title: "Freighter seen unloading crates at northern harbour",
      url: "https://news.example.org/2023/11/harbour-shipment",
      published: "2023-11-02",
      outlet: "Harbour Gazette", // "unknown (…)" in the header says nothing; the credit line does
      wire: null,
      language: "en",
      origin: fixture("header-article.txt"),
    });
    expect(doc!.text.startsWith("Officials in Eastland")).toBe(true);
    expect(doc!.text).not.toContain("dataset");
    const start = doc!.text.indexOf("Westland");
    const at = (o: number) => toInputOffset(doc!.offsets, o);
    expect(input.slice(at(start), at(start + 8))).toBe("Westland");
  });

  it("accepts Markdown front matter opened by ---", () => {
    const [doc] = parseInput("---\ntitle: Boats\npublished: 5 March 2022\n---\nTwo boats arrived.", "x.md");
    expect(doc!.meta.title).toBe("Boats");
    expect(doc!.meta.published).toBe("2022-03-05");
    expect(doc!.text).toBe("Two boats arrived.");
  });

  it("treats colon lines without a closing --- as body text", () => {
    const [doc] = parseInput("Note: the ministry spoke.\nIt said rifles were sent.", "-", "text");
    expect(doc!.text).toBe("Note: the ministry spoke.\nIt said rifles were sent.");
    expect(doc!.meta.title).toBeNull();
  });
});

describe("plain text", () => {
  it("hashes the normalised body for the id and reads a dateline wire", async () => {
    const [doc] = await readDocuments(fixture("dateline.txt"));
    expect(doc!.meta.id).toMatch(/^[0-9a-f]{64}$/);
    expect(doc!.meta.wire).toBe("Associated Press");
    expect(doc!.meta.outlet).toBe("Associated Press");
    const [again] = parseInput(`${doc!.text}\r\n`, "other");
    expect(again!.meta.id).toBe(doc!.meta.id);
  });

  it("reads an empty file as one document with empty text", () => {
    const docs = parseInput("", "empty.txt", "text");
    expect(docs).toHaveLength(1);
    expect(docs[0]!.text).toBe("");
  });
});

describe("HTML pages", () => {
  it("extracts the article body without navigation, footer or scripts, paragraphs apart", async () => {
    const [doc] = await readDocuments(fixture("article.html"));
    expect(doc!.meta).toMatchObject({
      title: "Northland sends trucks to Eastland",
      outlet: "The Example Herald",
      url: "https://herald.example.com/world/northland-trucks",
      published: "2023-03-14",
    });
    expect(doc!.text).toContain("Northland has delivered forty military trucks");
    expect(doc!.text).toContain("the vehicles arrived by rail");
    for (const chrome of ["Subscribe now", "All rights reserved", "Related stories", "tracking", "Sport"]) {
      expect(doc!.text).not.toContain(chrome);
    }
    expect(doc!.text).toMatch(/signed\.\n\nThe ministry said/);
    expect(doc!.text).toContain("on the number of vehicles"); // &nbsp; became a plain space
    expect(doc!.text).toContain("“growing in every field”.\nOfficials in Southland"); // <br>
    expect(doc!.offsets).toEqual([{ text: 0, input: 0 }]);
  });

  it("takes the title without the site suffix when the page has no og:title", () => {
    const html = `<html><head><title>Eastland buys radios from Westland for border guards | Example Post</title></head><body><article>${"<p>Eastland bought radios from Westland, the ministry said in a statement.</p>".repeat(8)}</article></body></html>`;
    expect(parseInput(html, "c.html")[0]!.meta.title).toBe(
      "Eastland buys radios from Westland for border guards",
    );
  });

  it("falls back to <meta name=date> and JSON-LD for the date", () => {
    const html = (head: string) =>
      `<!doctype html><html><head>${head}</head><body><p>Eastland bought radios.</p></body></html>`;
    expect(parseInput(html('<meta name="date" content="2021-06-01">'), "a.html")[0]!.meta.published).toBe(
      "2021-06-01",
    );
    const jsonLd =
      '<script type="application/ld+json">[{"@graph":[{"datePublished":"2020-02-29T10:00:00Z"}]}]</script>';
    expect(parseInput(html(jsonLd), "b.html")[0]!.meta.published).toBe("2020-02-29");
  });
});

describe("JSON and JSON Lines records", () => {
  it("reads an array of records with text/body, id, title, url, outlet and date", async () => {
    const docs = await readDocuments(fixture("records.json"));
    expect(docs).toHaveLength(2);
    expect(docs[0]!.meta).toMatchObject({
      id: "rec-1",
      title: "Westland buys radar systems",
      outlet: "Example Wire",
      url: "https://wire.example.net/rec-1",
      published: "2023-11-02",
    });
    expect(docs[0]!.text).toContain("\n\nDelivery is planned");
    expect(docs[1]!.meta.id).toMatch(/^[0-9a-f]{64}$/);
    expect(docs[1]!.meta).toMatchObject({ outlet: "Reuters", wire: "Reuters", published: "2023-11-05" });
  });

  it("reads JSON Lines, skipping blank lines", async () => {
    const docs = await readDocuments(fixture("records.jsonl"));
    expect(docs.map((d) => d.meta.id)).toEqual(["l1", "l2"]);
    expect(docs[1]!.meta).toMatchObject({ outlet: "Example Daily", published: "2024-03-03" });
    expect(docs[1]!.text).toBe("Northland denied the report.");
  });

  it("turns a record's HTML content into paragraphs", () => {
    const [doc] = parseInput(
      '{"content": "<p>Tanks were sent.</p><p>Officials&nbsp;denied it.</p>"}',
      "-",
      "json",
    );
    expect(doc!.text).toBe("Tanks were sent.\n\nOfficials denied it.");
  });

  it("reads one JSON object, and JSON Lines saved as .json", () => {
    expect(parseInput('{"text": "One."}', "one.json")[0]!.text).toBe("One.");
    const lines = '{"text": "One."}\n{"text": "Two."}\n';
    expect(parseInput(lines, "-").map((d) => d.text)).toEqual(["One.", "Two."]);
  });
});

describe("RSS and Atom feeds", () => {
  it("turns each RSS item into a document with the channel title as outlet", async () => {
    const docs = await readDocuments(fixture("feed.rss"));
    expect(docs).toHaveLength(2);
    expect(docs[0]!.meta).toMatchObject({
      id: "times-howitzers-1",
      title: "Eastland receives howitzers",
      outlet: "Example Times & Co — World",
      url: "https://times.example.com/world/howitzers",
      published: "2023-02-07",
      origin: "https://times.example.com/world/howitzers",
    });
    // content:encoded wins over the description, HTML turned into paragraphs.
    expect(docs[0]!.text).toMatch(/^Eastland has received twelve howitzers.*Tuesday\.\n\nThe guns/);
    expect(docs[0]!.text).toContain("army’s website");
    expect(docs[1]!.text).toBe("Westland and Southland discussed patrol boats… Read more");
  });

  it("reads Atom entries: alternate link, html title, published date as written", async () => {
    const [doc] = await readDocuments(fixture("feed.atom"));
    expect(doc!.meta).toMatchObject({
      title: "Southland denies drone sale",
      outlet: "Example Monitor",
      url: "https://monitor.example.org/drones",
      published: "2024-05-01",
      id: "urn:example:monitor:drones",
    });
    expect(doc!.text).toBe(
      "Southland denied on Wednesday that it had sold attack drones to Westland.\n\nA ministry spokesperson called the reports “baseless”.",
    );
  });

  it("sniffs a feed saved with an .xml extension", () => {
    const xml = readFileSync(fixture("feed.atom"), "utf8");
    expect(parseInput(xml, "saved.xml")[0]!.meta.outlet).toBe("Example Monitor");
  });
});
