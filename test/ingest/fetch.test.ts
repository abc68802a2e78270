// Fetching against a real HTTP server on 127.0.0.1, started by the test.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { USER_AGENT } from "../../src/ingest/fetch.js";
import { collectInputs, type FetchOptions, type InputResult } from "../../src/ingest/index.js";

const PARAGRAPH =
  "Eastland received sixty armoured trucks from Northland in March, the Eastland defence ministry said in a statement on Tuesday, adding that the vehicles would be sent to units in the south.";

const ARTICLE_PAGE = `<!doctype html><html><head><title>Trucks for Eastland</title>
<meta property="og:site_name" content="Example Courier"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Trucks for Eastland</h1>${`<p>${PARAGRAPH}</p>`.repeat(4)}</article>
<footer>Example Courier, all rights reserved</footer></body></html>`;

const feed = (
  base: string,
) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Courier</title>
<item><title>Trucks for Eastland</title><link>${base}/article</link><pubDate>Tue, 14 Mar 2023 08:00:00 GMT</pubDate>
<description>Eastland received armoured trucks… Read more</description></item>
<item><title>Full item</title><link>${base}/full</link><description>${`${PARAGRAPH} `.repeat(3)}</description></item>
<item><title>Lost page</title><link>${base}/missing</link><description>Westland sold radios…</description></item>
</channel></rss>`;

interface Hit {
  path: string;
  at: number;
  userAgent: string | undefined;
}

let server: Server;
let base: string;
const hits: Hit[] = [];

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

/** What the test server answers on each path; anything else is a 404. */
const ROUTES: Record<string, (res: ServerResponse) => void> = {
  "/feed.xml": (res) => send(res, 200, "application/rss+xml; charset=utf-8", feed(base)),
  "/article": (res) => send(res, 200, "text/html; charset=utf-8", ARTICLE_PAGE),
  "/old-article": (res) => {
    res.writeHead(301, { location: "/article" });
    res.end();
  },
  "/big": (res) => send(res, 200, "text/plain", "x".repeat(5000)),
  "/big-chunked": (res) => {
    res.writeHead(200, { "content-type": "text/plain" }); // no content-length: chunked
    for (let i = 0; i < 10; i++) res.write("y".repeat(500));
    res.end();
  },
  "/hang": () => {}, // never answers
};

function route(req: IncomingMessage, res: ServerResponse): void {
  hits.push({ path: req.url ?? "", at: Date.now(), userAgent: req.headers["user-agent"] });
  const handler = ROUTES[req.url ?? ""] ?? ((r: ServerResponse) => send(r, 404, "text/plain", "not here"));
  handler(res);
}

beforeAll(async () => {
  server = createServer(route);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
});

const FAST: FetchOptions = { minIntervalMs: 0, timeoutMs: 2000 };

async function collect(specs: string[], fetch: FetchOptions = FAST): Promise<InputResult[]> {
  const results: InputResult[] = [];
  for await (const result of collectInputs(specs, { fetch })) results.push(result);
  return results;
}

describe("collectInputs over http(s) URLs", () => {
  it("reads a feed, fetching the linked page of a teaser item and keeping full items", async () => {
    hits.length = 0;
    const results = await collect([`${base}/feed.xml`]);
    expect(results).toHaveLength(4);
    const [teaser, full, lostFailure, lostTeaser] = results;
    expect(teaser).toMatchObject({
      ok: true,
      doc: {
        meta: {
          title: "Trucks for Eastland",
          outlet: "Example Courier",
          url: `${base}/article`,
          published: "2023-03-14", // from the feed item: the page has no date
          origin: `${base}/article`,
        },
      },
    });
    const page = teaser?.ok ? teaser.doc.text : "";
    expect(page).toContain(`${PARAGRAPH}\n\n${PARAGRAPH}`);
    expect(page).not.toContain("all rights reserved");
    expect(full).toMatchObject({ ok: true, doc: { meta: { title: "Full item" } } });
    expect(lostFailure).toEqual({
      ok: false,
      origin: `${base}/missing`,
      reason: "HTTP 404 Not Found (the feed's teaser is kept instead)",
    });
    expect(lostTeaser).toMatchObject({ ok: true, doc: { text: "Westland sold radios…" } });
    expect(hits.map((h) => h.path)).toEqual(["/feed.xml", "/article", "/missing"]);
    expect(new Set(hits.map((h) => h.userAgent))).toEqual(new Set([USER_AGENT]));
  });

  it("follows redirects to an article page and records the final URL", async () => {
    const [result] = await collect([`${base}/old-article`]);
    expect(result).toMatchObject({
      ok: true,
      doc: { meta: { url: `${base}/article`, origin: `${base}/old-article` } },
    });
  });

  it("reports a 404 and goes on", async () => {
    const results = await collect([`${base}/nothing`, `${base}/article`]);
    expect(results[0]).toEqual({ ok: false, origin: `${base}/nothing`, reason: "HTTP 404 Not Found" });
    expect(results[1]!.ok).toBe(true);
  });

  it("gives up on a server that never answers after the timeout", async () => {
    const started = Date.now();
    const [result] = await collect([`${base}/hang`], { minIntervalMs: 0, timeoutMs: 200 });
    expect(result).toEqual({ ok: false, origin: `${base}/hang`, reason: "timed out after 0.2 s" });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("refuses bodies over the size limit, declared or streamed", async () => {
    const results = await collect([`${base}/big`, `${base}/big-chunked`], {
      minIntervalMs: 0,
      maxBytes: 1000,
    });
    expect(results).toEqual([
      { ok: false, origin: `${base}/big`, reason: "response too large (5000 bytes, limit 1000 bytes)" },
      { ok: false, origin: `${base}/big-chunked`, reason: "response too large (over the 1000 bytes limit)" },
    ]);
  });

  it("waits the minimum interval between two requests to one host", async () => {
    hits.length = 0;
    await collect([`${base}/article`, `${base}/article`], { minIntervalMs: 300, timeoutMs: 2000 });
    expect(hits).toHaveLength(2);
    expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(300);
  });

  it("refuses a connection that is refused, naming the cause", async () => {
    const closed = createServer();
    closed.listen(0, "127.0.0.1");
    await once(closed, "listening");
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    closed.close();
    await once(closed, "close");
    const [result] = await collect([url]);
    expect(result).toEqual({ ok: false, origin: url, reason: "cannot fetch (ECONNREFUSED)" });
  });
});
