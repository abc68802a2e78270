// `npm run bench:server`: the workbench at scale. Stores a generated corpus (default 20,000
// articles) unless BENCH_DB names an existing database, serves it with the real CLI in its own
// process, then measures the allegations API (p50/p95 over sequential requests) and the time
// from navigation to the map's first render in headless Chromium (fresh page each run).
// Usage: vite-node bench/server/run.ts [count]   (after `npm run build && npm run build:web`)
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium } from "../../test/e2e/browser.js";
import { generateArticles } from "../generate-corpus.js";

const COUNT = Number(process.argv[2] ?? process.env.BENCH_ARTICLES ?? 20_000);
const API_RUNS = 200;
const RENDER_RUNS = 7;

const API_PATHS = [
  "/api/allegations",
  "/api/allegations?type=transfer&limit=400",
  "/api/allegations?supplier=KP&recipient=RU",
  "/api/allegations?item=missile&status=contested",
  "/api/allegations?factuality=certain&type=transfer&limit=400",
];

function storeCorpus(db: string): void {
  const work = mkdtempSync(join(tmpdir(), "armstrace-bench-server-"));
  const corpus = join(work, "corpus");
  mkdirSync(corpus);
  const lines = [...generateArticles(COUNT, 42)].map((a) => JSON.stringify(a));
  for (let i = 0; i * 1000 < lines.length; i++) {
    writeFileSync(join(corpus, `part-${i}.jsonl`), `${lines.slice(i * 1000, (i + 1) * 1000).join("\n")}\n`);
  }
  const t = performance.now();
  spawnSync(process.execPath, ["bin/armstrace.js", "ingest", corpus, "--db", db, "--quiet"], {
    stdio: "inherit",
  });
  console.log(`stored ${COUNT} articles in ${((performance.now() - t) / 1000).toFixed(0)} s → ${db}`);
  rmSync(work, { recursive: true, force: true });
}

function startServer(db: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["bin/armstrace.js", "serve", "--db", db, "--port", "0"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      const url = /http:\/\/[^\s]+\//.exec(chunk.toString())?.[0];
      if (url) resolve({ url: url.slice(0, -1), child });
    });
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function summary(name: string, ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1).padStart(7);
  return `${name.padEnd(52)} p50 ${f(percentile(s, 50))} ms   p95 ${f(percentile(s, 95))} ms   max ${f(s.at(-1)!)} ms`;
}

async function timeApi(url: string, path: string): Promise<string> {
  await (await fetch(url + path)).json();
  const ms: number[] = [];
  for (let i = 0; i < API_RUNS; i++) {
    const t = performance.now();
    const res = await fetch(url + path);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    ms.push(performance.now() - t);
  }
  return summary(`GET ${path}`, ms);
}

/** From navigation start to the map's first Cytoscape render (performance mark "map-rendered"). */
async function timeMapRender(url: string): Promise<string> {
  const browser = await launchChromium();
  const ms: number[] = [];
  for (let i = 0; i < RENDER_RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await page.waitForSelector('[data-testid="map-graph"][data-rendered="true"]', { timeout: 60_000 });
    ms.push(await page.evaluate(() => performance.getEntriesByName("map-rendered")[0]!.startTime));
    await context.close();
  }
  await browser.close();
  return summary("map: navigation → first render (Chromium)", ms.slice(1));
}

async function main(): Promise<void> {
  // BENCH_DB reuses (or keeps) a database; without it the run's own database is removed at the end.
  const scratch = process.env.BENCH_DB ? null : mkdtempSync(join(tmpdir(), "armstrace-bench-server-"));
  const db = process.env.BENCH_DB ?? join(scratch!, "bench.db");
  if (!existsSync(db)) storeCorpus(db);
  if (!existsSync("web/dist/index.html")) throw new Error("web/dist is missing: run npm run build:web");
  const { url, child } = await startServer(db);
  try {
    const stats = (await (await fetch(`${url}/api/stats`)).json()) as Record<string, number>;
    console.log(
      `database ${db}: ${stats.documents} documents, ${stats.claims} claims, ${stats.allegations} allegations`,
    );
    for (const path of API_PATHS) console.log(await timeApi(url, path));
    console.log(await timeMapRender(url));
  } finally {
    child.kill("SIGTERM");
    if (child.exitCode === null) await new Promise((resolve) => child.once("exit", resolve));
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
