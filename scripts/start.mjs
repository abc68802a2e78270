#!/usr/bin/env node
// `npm start`: on the first run, ingest the sample corpus (invented articles, see samples/README.md)
// into ./armstrace.db; then serve the workbench and print its address. Flags go to `serve`.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../dist/cli/main.js";

const db = process.env.ARMSTRACE_DB ?? "armstrace.db";
const samples = fileURLToPath(new URL("../samples/", import.meta.url));

if (!existsSync(db)) {
  const files = readdirSync(samples)
    .filter((name) => name !== "README.md")
    .map((name) => join(samples, name));
  process.stdout.write(`armstrace: first run, storing the ${files.length} sample articles in ${db}\n`);
  const code = await main(["ingest", ...files, "--db", db, "--quiet"]);
  if (code !== 0) process.exit(code);
}

const code = await main(["serve", "--db", db, ...process.argv.slice(2)]);
if (code !== 0) process.exitCode = code;
