// Crash safety for real: the CLI is killed with SIGKILL at random moments while ingesting, then
// run again to completion; the database must match one made by a clean run.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { generateArticles } from "../../bench/generate-corpus.js";
import { BIN, ensureBuilt, ROOT } from "./build.js";

const ARTICLES = 600;

function writeCorpus(dir: string): void {
  mkdirSync(join(dir, "nested"), { recursive: true });
  const articles = [...generateArticles(ARTICLES, 7)];
  // Most in JSON Lines files, a few as separate text files in a subfolder.
  for (let f = 0; f < 4; f++) {
    const lines = articles.slice(f * 140, (f + 1) * 140).map((a) => JSON.stringify(a));
    writeFileSync(join(dir, `batch-${f}.jsonl`), `${lines.join("\n")}\n`);
  }
  articles.slice(560).forEach((a, i) => {
    writeFileSync(
      join(dir, "nested", `article-${i}.txt`),
      `Title: ${a.title}\nOutlet: ${a.outlet}\nDate: ${a.published}\n\n${a.text}\n`,
    );
  });
}

function ingest(corpus: string, db: string) {
  return spawnSync(process.execPath, [BIN, "ingest", corpus, "--db", db, "--quiet"], {
    cwd: ROOT,
    encoding: "utf8",
  });
}

function startIngest(corpus: string, db: string, commitEvery: number): ChildProcess {
  const args = [BIN, "ingest", corpus, "--db", db, "--quiet", "--commit-every", String(commitEvery)];
  return spawn(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
}

/** Everything but ids and times: the same corpus must give the same content. */
function content(path: string) {
  // Read-write, as the next run would open it: SQLite recovers the WAL of a killed writer.
  const db = new Database(path);
  try {
    const integrity = db.pragma("integrity_check", { simple: true });
    const foreignKeys = db.pragma("foreign_key_check");
    const q = (sql: string) => db.prepare(sql).all();
    return {
      integrity,
      foreignKeys,
      documents: q("SELECT key, text_hash, title, outlet, published FROM documents ORDER BY key"),
      claims: q(`SELECT d.key, c.local_id, c.type, c.supplier, c.recipient, c.factuality, c.evidence_text
                 FROM claims c JOIN documents d ON d.id = c.document_id ORDER BY d.key, c.local_id`),
      allegations: q(`SELECT key, status, claims_for, claims_against, documents, sources, independent_origins,
                        first_seen, last_seen, max_quantity_value, confidence FROM allegations ORDER BY key`),
      stories: q("SELECT documents, count(*) AS n FROM stories GROUP BY documents ORDER BY documents"),
      fts: q("SELECT count(*) AS n FROM sentences_fts"),
    };
  } finally {
    db.close();
  }
}

/** Documents committed so far by a running ingest; 0 while the file or its tables are not there. */
function storedCount(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

/** Polls until `done()` or the process has exited. */
async function until(done: () => boolean, exited: Promise<unknown>): Promise<void> {
  let over = false;
  void exited.then(() => {
    over = true;
  });
  while (!over && !done()) await sleep(50);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("ingest under kill -9", () => {
  let work: string;
  let corpus: string;
  beforeAll(() => {
    ensureBuilt();
    work = mkdtempSync(join(tmpdir(), "armstrace-crash-"));
    corpus = join(work, "corpus");
    writeCorpus(corpus);
  }, 180_000);

  it("leaves a consistent database that a rerun completes to match a clean run", async () => {
    const cleanDb = join(work, "clean.db");
    const clean = ingest(corpus, cleanDb);
    expect(clean.status, clean.stderr).toBe(0);
    const [, stored, skipped] = /(\d+) documents stored .*?(\d+) skipped/.exec(clean.stdout) ?? [];
    // Identical texts (the generator may compose one twice) are stored once.
    expect(Number(stored) + Number(skipped)).toBe(ARTICLES);
    const expected = content(cleanDb);
    expect(expected.integrity).toBe("ok");
    expect(expected.claims.length).toBeGreaterThan(0);

    const crashDb = join(work, "crash.db");
    const kills: number[] = [];
    const partial: number[] = [];
    for (let round = 0; round < 4; round++) {
      // Alternately one transaction per document and groups of documents per commit.
      const child = startIngest(corpus, crashDb, round % 2 === 0 ? 1 : 32);
      const exited = new Promise((resolve) => child.once("exit", resolve));
      // The first kill may land during start-up; the others once more documents are committed.
      const before = existsSync(crashDb) ? storedCount(crashDb) : 0;
      const t0 = Date.now();
      if (round > 0) await until(() => storedCount(crashDb) > before, exited);
      await Promise.race([sleep(Math.floor(Math.random() * (round === 0 ? 1500 : 400))), exited]);
      const wait = Date.now() - t0;
      child.kill("SIGKILL");
      await exited;
      kills.push(wait);
      if (!existsSync(crashDb)) continue;
      const midway = content(crashDb);
      expect(midway.integrity, `after kill at ${wait} ms`).toBe("ok");
      expect(midway.foreignKeys).toEqual([]);
      partial.push(midway.documents.length);
    }
    // The kills did land mid-run: some documents stored, not all.
    expect(
      partial.some((n) => n > 0 && n < expected.documents.length),
      `documents after kills: ${partial}`,
    ).toBe(true);
    const rerun = ingest(corpus, crashDb);
    expect(rerun.status, rerun.stderr).toBe(0);
    const after = content(crashDb);
    expect(after, `kills at ${kills.join(", ")} ms`).toEqual(expected);

    const again = ingest(corpus, crashDb);
    expect(again.stdout).toContain("0 documents stored");
    expect(content(crashDb)).toEqual(expected);
  }, 300_000);

  it("stops cleanly on Ctrl-C (SIGINT) and says how to finish", async () => {
    const db = join(work, "interrupted.db");
    // Small commit groups, so that documents show up in the file while most are still to come.
    const args = [BIN, "ingest", corpus, "--db", db, "--quiet", "--commit-every", "16"];
    const child = spawn(process.execPath, args, { cwd: ROOT });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    // Wait until documents are being written, then interrupt.
    for (let i = 0; i < 600 && !(existsSync(db) && storedCount(db) > 0); i++) await sleep(100);
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(stdout).toContain("stopped early; run the same command again to finish");
    const stopped = content(db);
    expect(stopped.integrity).toBe("ok");
    expect(stopped.documents.length).toBeLessThan(ARTICLES - 5);
  }, 120_000);
});
