// `npm run bench:store`: generates a corpus (default 20,000 articles), ingests it with the real
// CLI (worker threads, one transaction per document), then times the allegation queries.
// Usage: vite-node bench/store/run.ts [count]   (after `npm run build`)
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildRecord } from "../../src/app/build-record.js";
import { parseInput } from "../../src/ingest/index.js";
import { loadLexicons } from "../../src/lexicon/load.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { generateArticles } from "../generate-corpus.js";

const COUNT = Number(process.argv[2] ?? process.env.BENCH_ARTICLES ?? 20_000);
const PER_FILE = 1000;
const RUNS = 40;

function writeCorpus(dir: string): void {
  mkdirSync(dir, { recursive: true });
  let lines: string[] = [];
  let file = 0;
  for (const a of generateArticles(COUNT, 42)) {
    lines.push(JSON.stringify(a));
    if (lines.length === PER_FILE) {
      writeFileSync(join(dir, `part-${String(file++).padStart(3, "0")}.jsonl`), `${lines.join("\n")}\n`);
      lines = [];
    }
  }
  if (lines.length)
    writeFileSync(join(dir, `part-${String(file).padStart(3, "0")}.jsonl`), `${lines.join("\n")}\n`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(name: string, run: () => Promise<unknown>): Promise<string> {
  await run();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return `${name.padEnd(58)} p50 ${percentile(ms, 50).toFixed(2).padStart(7)} ms   p95 ${percentile(ms, 95).toFixed(2).padStart(7)} ms`;
}

/** One thread, no workers: CPU per document of extraction and of the store write, separately. */
async function splitCosts(work: string): Promise<void> {
  const lex = loadLexicons();
  const n = Math.min(COUNT, 3000);
  const docs = [...generateArticles(n, 43)].map(
    (a) => parseInput(JSON.stringify(a), "bench.jsonl", "jsonl")[0]!,
  );
  const cpu = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  let c0 = cpu();
  const records = docs.map((d) => buildRecord(d, lex));
  const extractMs = (cpu() - c0) / n;
  const store = new SqliteStore(join(work, "split.db"), { batchSize: 32 });
  c0 = cpu();
  const t = performance.now();
  for (const r of records) await store.saveDocument(r);
  await store.close();
  const storeMs = (cpu() - c0) / n;
  const wall = (performance.now() - t) / 1000;
  console.log(
    `one thread, ${n} articles: extraction ${extractMs.toFixed(2)} ms CPU/article, store write ${storeMs.toFixed(2)} ms CPU/article (${(n / wall).toFixed(0)} articles/s written)`,
  );
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "armstrace-bench-"));
  const corpus = join(work, "corpus");
  const db = join(work, "bench.db");
  let t = performance.now();
  writeCorpus(corpus);
  console.log(`generated ${COUNT} articles in ${((performance.now() - t) / 1000).toFixed(1)} s → ${corpus}`);
  t = performance.now();
  const run = spawnSync(process.execPath, ["bin/armstrace.js", "ingest", corpus, "--db", db, "--quiet"], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  const seconds = (performance.now() - t) / 1000;
  if (run.status !== 0) console.log(`ingest exited with ${run.status}`);
  const store = new SqliteStore(db);
  const stats = await store.stats();
  console.log(
    `ingest: ${stats.documents} documents, ${stats.claims} claims, ${stats.allegations} allegations, ${stats.stories} stories`,
  );
  console.log(
    `ingest rate: ${(COUNT / seconds).toFixed(0)} articles/s (${seconds.toFixed(1)} s wall, extraction included)`,
  );
  console.log(
    `database size: ${((stats.sizeBytes ?? 0) / 1e6).toFixed(1)} MB (${statSync(db).size} bytes main file)`,
  );
  const top = (await store.listAllegations({ limit: 1, sort: "claims" })).items[0];
  const lines = [
    await time("allegations", () => store.listAllegations({})),
    await time("allegations --supplier KP --recipient RU", () =>
      store.listAllegations({ supplier: "KP", recipient: "RU" }),
    ),
    await time("allegations --item missile", () => store.listAllegations({ item: "missile" })),
    await time("allegations --status contested", () => store.listAllegations({ status: "contested" })),
    await time("allegations --since 2023-08-01", () => store.listAllegations({ since: "2023-08-01" })),
    await time(`claims ${top?.id ?? 1} (largest allegation, ${top?.claimsFor ?? 0} claims)`, () =>
      store.getAllegation(top?.id ?? 1),
    ),
    await time("timeline --supplier KP --recipient RU", () =>
      store.timeline({ supplier: "KP", recipient: "RU" }),
    ),
    await time("sources", () => store.listSources({})),
    await time('search "artillery shells"', () => store.search({ text: "artillery shells" })),
    await time("stats", () => store.stats()),
  ];
  console.log(lines.join("\n"));
  await store.close();
  await splitCosts(work);
  // A run leaves ~250 MB behind; keep it only when asked (to query the database by hand).
  if (process.env.BENCH_KEEP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

await main();
