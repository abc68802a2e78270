// `armstrace ingest` as a user runs it: folders with bad files, standard input, a feed served
// over HTTP by a local server, re-runs, and the query commands reading what was stored.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { armstrace, ensureBuilt } from "./build.js";

const ARTICLE_A = [
  "Title: Shells moved north by rail",
  "Outlet: Harbour Ledger",
  "Date: 2023-10-02",
  "",
  "South Korea's National Intelligence Service said on Monday that North Korea had supplied more than 1,000 artillery shells to Russia.",
  "",
  "Both Russia and North Korea have denied the accusations.",
].join("\n");

const ARTICLE_B = [
  "Title: Drones over the steppe",
  "Outlet: Northern Courier",
  "Date: 2023-11-12",
  "",
  "US officials said Iran had delivered attack drones to Russia in October.",
].join("\n");

let work: string;
beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), "armstrace-cli-"));
}, 180_000);

describe("ingest from files", () => {
  it("stores good files, reports and records bad ones, exits 1, and adds nothing on a rerun", async () => {
    const dir = join(work, "folder");
    mkdirSync(join(dir, "sub"), { recursive: true });
    writeFileSync(join(dir, "a.txt"), ARTICLE_A);
    writeFileSync(join(dir, "sub", "b.txt"), ARTICLE_B);
    writeFileSync(join(dir, "blob.txt"), Buffer.from([0, 1, 2, 255, 0, 0, 7, 0, 0, 0]));
    writeFileSync(join(dir, "broken.xml"), "<rss><channel><item><title>half");
    const db = join(work, "files.db");
    const first = await armstrace(["ingest", dir, "--db", db]);
    expect(first.status).toBe(1);
    expect(first.stdout).toContain("2 documents stored");
    expect(first.stderr).toContain(join(dir, "blob.txt"));
    expect(first.stderr).toContain(join(dir, "broken.xml"));
    expect(first.stderr).not.toMatch(/\n\s+at /);
    const errors = new Database(db).prepare("SELECT origin FROM ingest_errors ORDER BY origin").all();
    expect(errors).toEqual([{ origin: join(dir, "blob.txt") }, { origin: join(dir, "broken.xml") }]);

    const again = await armstrace(["ingest", join(dir, "a.*"), join(dir, "sub"), "--db", db]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("0 documents stored (0 claims), 2 skipped");
  }, 120_000);

  it("reads standard input and answers the query commands in table, JSON and CSV", async () => {
    const db = join(work, "stdin.db");
    expect((await armstrace(["ingest", "-", "--db", db, "--quiet"], ARTICLE_A)).status).toBe(0);
    const json = JSON.parse(
      (await armstrace(["allegations", "--supplier", "kp", "--db", db, "--format", "json"])).stdout,
    );
    expect(json.total).toBeGreaterThanOrEqual(1);
    expect(json.items[0]).toMatchObject({ supplier: "KP", recipient: "RU", item: "ammunition" });
    const csv = parseCsv((await armstrace(["allegations", "--db", db, "--format", "csv"])).stdout, {
      columns: true,
    });
    expect(csv.length).toBe(json.total);
    const claims = (await armstrace(["claims", String(json.items[0].id), "--db", db])).stdout;
    expect(claims).toContain("artillery shells to Russia");
    expect((await armstrace(["search", "artillery", "--db", db])).stdout).toContain("[artillery]");
    expect((await armstrace(["stats", "--db", db, "--format", "json"])).stdout).toContain('"documents": 1');
    const bad = await armstrace(["allegations", "--since", "last week", "--db", db]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('armstrace: since must be a date like 2023-08-01 (got "last week")');
  }, 120_000);
});

describe("ingest from the web", () => {
  let server: Server;
  let base: string;
  const agents: Array<IncomingHttpHeaders["user-agent"]> = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      agents.push(req.headers["user-agent"]);
      if (req.url === "/feed.xml") {
        res.writeHead(200, { "content-type": "application/rss+xml" });
        res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Example feed</title>
          <item><title>Drones over the steppe</title><link>${base}/b.html</link><pubDate>Sun, 12 Nov 2023 08:00:00 GMT</pubDate>
          <description>US officials said Iran had delivered attack drones to Russia in October. More and more reports came in from the border as the week went on, officials said.</description></item>
          <item><title>Shells moved north</title><link>${base}/a.html</link><pubDate>Mon, 02 Oct 2023 08:00:00 GMT</pubDate>
          <description>Intelligence officials said… Read more</description></item></channel></rss>`);
      } else if (req.url === "/a.html") {
        res.writeHead(200, { "content-type": "text/html" });
        res.end(`<html><head><title>Shells moved north</title></head><body><nav>Home | World</nav><article><h1>Shells moved north</h1>
          ${ARTICLE_A.split("\n")
            .slice(4)
            .map((p) => `<p>${p}</p>`)
            .join("")}</article></body></html>`);
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("stores feed items, fetching the page behind a teaser, with an honest User-Agent", async () => {
    const db = join(work, "web.db");
    const run = await armstrace(["ingest", `${base}/feed.xml`, "--db", db, "--quiet"]);
    expect(run.stdout).toContain("2 documents stored");
    expect(agents.every((a) => a?.startsWith("armstrace/"))).toBe(true);
    const docs = new Database(db).prepare("SELECT title, text FROM documents ORDER BY title").all() as Array<{
      title: string;
      text: string;
    }>;
    expect(docs.map((d) => d.title)).toEqual(["Drones over the steppe", "Shells moved north"]);
    expect(docs[1]!.text).toContain("more than 1,000 artillery shells");
    expect(docs[1]!.text).not.toContain("Home | World");
  }, 120_000);
});
