import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExportFormat, exportStore } from "../../src/export/index.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { filler, KREMLIN, makeRecord, NIS, US_INTEL } from "../store/fixtures.js";

let store: SqliteStore;
// Commas, quotes and a line break: what breaks naive CSV writers.
const S1 = 'Seoul\'s spy agency said the North had sent "over 1,000,000" shells to Moscow,\nby rail.';
const S2 = "Washington believes ballistic missiles followed <soon> & quietly.";
const D1 = "The Kremlin dismissed the reports.";

beforeAll(async () => {
  store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "armstrace-x-")), "x.db"));
  await store.saveDocument(
    makeRecord({
      text: `${S1} ${filler(1)}`,
      outlet: "Harbour & Sons",
      published: "2023-08-20",
      claims: [{ sentence: S1, source: NIS, quantity: 1_000_000 }],
    }),
  );
  await store.saveDocument(
    makeRecord({
      text: `${filler(2)} ${S2} ${D1}`,
      outlet: "Valley Post",
      published: "2023-10-02",
      claims: [
        { sentence: S2, source: US_INTEL, item: "missile.ballistic", factuality: "PR+" },
        { sentence: D1, source: KREMLIN, factuality: "CT-", supplier: "KP", recipient: null },
      ],
    }),
  );
});
afterAll(() => store.close());

async function run(format: ExportFormat): Promise<string> {
  let out = "";
  for await (const chunk of exportStore(store, format)) out += chunk;
  return out;
}

describe("exports", () => {
  it("jsonl: one claim per line with its evidence", async () => {
    const lines = (await run("jsonl"))
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({
      schema: "armstrace.claim/1",
      factuality: "CT+",
      evidence: { text: S1 },
    });
    expect(lines[0].source.label).toBe("National Intelligence Service (KR)");
  });

  it("csv: a spreadsheet row per claim that a CSV parser reads back exactly", async () => {
    const rows = parseCsv(await run("csv"), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      supplier: "KP",
      recipient: "RU",
      quantity: "1000000",
      evidence: S1,
      outlet: "Harbour & Sons",
    });
    expect(rows[2]).toMatchObject({ stance: "against", recipient: "" });
  });

  it("graphml: valid XML with states as nodes and allegations as weighted edges", async () => {
    const xml = await run("graphml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml);
    const graph = doc.graphml.graph;
    expect(graph.edgedefault).toBe("directed");
    expect([graph.node].flat().map((n: { id: string }) => n.id)).toEqual(["KP", "RU"]);
    const edges = [graph.edge].flat() as Array<{
      source: string;
      target: string;
      data: Array<{ key: string; "#text": string | number }>;
    }>;
    expect(edges).toHaveLength(2);
    const weight = (e: (typeof edges)[number]) => e.data.find((d) => d.key === "weight")?.["#text"];
    expect(edges.every((e) => e.source === "KP" && e.target === "RU" && weight(e) === 1)).toBe(true);
  });

  it("ftm: FollowTheMoney entities whose links point at entities in the same export", async () => {
    const entities = (await run("ftm"))
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    const schemas = new Set(entities.map((e) => e.schema));
    expect([...schemas].sort()).toEqual(["Article", "PublicBody", "UnknownLink"]);
    const ids = new Set(entities.map((e) => e.id));
    const allowed: Record<string, string[]> = {
      Article: ["title", "publisher", "publishedAt", "sourceUrl", "fileName"],
      PublicBody: ["name", "jurisdiction"],
      UnknownLink: [
        "subject",
        "object",
        "role",
        "summary",
        "description",
        "date",
        "startDate",
        "endDate",
        "proof",
        "publisher",
        "sourceUrl",
        "recordId",
      ],
    };
    for (const e of entities) {
      for (const [prop, values] of Object.entries(e.properties as Record<string, unknown>)) {
        expect(allowed[e.schema]).toContain(prop);
        expect(Array.isArray(values) && values.every((v) => typeof v === "string")).toBe(true);
      }
    }
    const links = entities.filter((e) => e.schema === "UnknownLink");
    // The denial names no recipient, so it is not a link between two actors.
    expect(links).toHaveLength(2);
    for (const l of links) {
      for (const ref of [l.properties.subject[0], l.properties.object[0], l.properties.proof[0]])
        expect(ids.has(ref)).toBe(true);
    }
    expect(
      entities.find((e) => e.schema === "PublicBody" && e.properties.jurisdiction[0] === "kp").properties
        .name,
    ).toEqual(["North Korea"]);
  });
});
