#!/usr/bin/env node
// Makes the README's screenshots from the sample corpus (invented articles): the map, and the
// allegation with the most claims. Needs `npm run build && npm run build:web` and Debian's chromium.
// Usage: node scripts/screenshots.mjs [outDir=docs/screenshots]
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

// Flags for a closed network (no background connections, no sandbox as root), shared with the e2e tests.
const CHROMIUM_ARGS = JSON.parse(readFileSync(new URL("./chromium-args.json", import.meta.url), "utf8"));

const outDir = process.argv[2] ?? "docs/screenshots";
const db = join(mkdtempSync(join(tmpdir(), "armstrace-shots-")), "samples.db");
const samples = readdirSync("samples")
  .filter((f) => f !== "README.md")
  .map((f) => join("samples", f));
spawnSync(process.execPath, ["bin/armstrace.js", "ingest", ...samples, "--db", db, "--quiet"], {
  stdio: "inherit",
});

const server = spawn(process.execPath, ["bin/armstrace.js", "serve", "--db", db, "--port", "0"], {
  stdio: ["ignore", "pipe", "inherit"],
});
const url = await new Promise((resolve, reject) => {
  server.stdout.on("data", (chunk) => {
    const found = /http:\/\/[^\s]+\//.exec(chunk.toString());
    if (found) resolve(found[0].slice(0, -1));
  });
  server.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url}/`);
  await page.waitForSelector('[data-testid="map-graph"][data-rendered="true"]');
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(outDir, "map.png") });
  const { items } = await (await fetch(`${url}/api/allegations?sort=claims&limit=1&type=transfer`)).json();
  if (items.length === 0) throw new Error("the sample corpus gave no transfer allegation to show");
  const key = items[0].key;
  await page.goto(`${url}/allegations/${key}`);
  await page.waitForSelector('[data-testid="claim"]');
  await page.screenshot({ path: join(outDir, "allegation.png") });
  console.log(`screenshots of the map and of ${key} in ${outDir}`);
} finally {
  await browser.close();
  server.kill("SIGTERM");
}
