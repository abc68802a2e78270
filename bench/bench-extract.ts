// Extraction throughput on one core: generates a synthetic corpus (≥ 10 MB by default), then
// times the entity layer alone and the whole pipeline with claims. Prints MB/s, articles/s and
// peak memory. Usage: npm run bench [-- --mb 20]
// The machine may be shared: the CPU time the process got is printed beside the wall time, with
// the load average, so that a run slowed by other work can be told from a slower build.
import { createHash } from "node:crypto";
import { availableParallelism, loadavg } from "node:os";
import type { SourceDocument } from "../src/core/model.js";
import { extract } from "../src/core/pipeline.js";
import { loadLexicons } from "../src/lexicon/load.js";
import { annotate } from "../src/nlp/annotate.js";
import { generateArticles } from "./generate-corpus.js";

const mbArg = process.argv.indexOf("--mb");
const targetBytes = (mbArg > 0 ? Number(process.argv[mbArg + 1]) : 10) * 1024 * 1024;

function toDocument(text: string, title: string, outlet: string, published: string): SourceDocument {
  const id = createHash("sha256").update(text).digest("hex");
  const meta = { id, title, outlet, url: null, published, language: "en", wire: null, origin: null };
  return { meta, text, offsets: [{ text: 0, input: 0 }] };
}

function buildCorpus(): { docs: SourceDocument[]; bytes: number } {
  const docs: SourceDocument[] = [];
  let bytes = 0;
  for (const a of generateArticles(Number.MAX_SAFE_INTEGER, 7)) {
    docs.push(toDocument(a.text, a.title, a.outlet, a.published));
    bytes += Buffer.byteLength(a.text);
    if (bytes >= targetBytes) break;
  }
  return { docs, bytes };
}

let peakRss = 0;
const sampleMemory = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

/** CPU seconds (user + system) the process has had so far. */
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

function time(label: string, docs: SourceDocument[], bytes: number, run: (d: SourceDocument) => number) {
  const t0 = performance.now();
  const c0 = cpuSeconds();
  let produced = 0;
  for (const [i, d] of docs.entries()) {
    produced += run(d);
    if (i % 200 === 0) sampleMemory();
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds() - c0;
  const mb = bytes / 1024 / 1024;
  console.log(
    `${label.padEnd(24)} ${(mb / seconds).toFixed(2)} MB/s  ${(docs.length / seconds).toFixed(0)} articles/s  ` +
      `${seconds.toFixed(2)} s  (${produced} ${label.startsWith("entity") ? "mentions" : "claims"}; ` +
      `CPU ${cpu.toFixed(2)} s = ${(mb / cpu).toFixed(2)} MB/s)`,
  );
}

const t0 = performance.now();
const c0 = cpuSeconds();
const lex = loadLexicons();
const loadCpu = (cpuSeconds() - c0) * 1000;
console.log(`lexicons loaded in ${(performance.now() - t0).toFixed(0)} ms (CPU ${loadCpu.toFixed(0)} ms)`);
const { docs, bytes } = buildCorpus();
console.log(`corpus: ${docs.length} generated articles, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
// One warm-up pass over a slice so the JIT has seen every rule before timing.
for (const d of docs.slice(0, 200)) extract(d, lex);
time("entity layer", docs, bytes, (d) => annotate(d, lex).mentions.length);
time("pipeline with claims", docs, bytes, (d) => extract(d, lex).claims.length);
sampleMemory();
console.log(`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB (node ${process.version}, one core)`);
const load = loadavg().map((l) => l.toFixed(2));
console.log(`load average ${load.join(" ")} (1, 5, 15 min) on ${availableParallelism()} cores`);
