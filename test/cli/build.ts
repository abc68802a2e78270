// The CLI tests run the built CLI (bin/armstrace.js → dist) as a real process. This builds it
// once when dist is missing or older than the sources.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
export const BIN = join(ROOT, "bin", "armstrace.js");

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

const MAIN = join(ROOT, "dist", "cli", "main.js");
const LOCK = join(ROOT, "dist", ".build-lock");

function fresh(): boolean {
  return existsSync(MAIN) && statSync(MAIN).mtimeMs >= newest(join(ROOT, "src"));
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Test files run in parallel: one builds (holding a lock directory), the others wait for it. */
export function ensureBuilt(): void {
  if (fresh()) return;
  mkdirSync(join(ROOT, "dist"), { recursive: true });
  try {
    mkdirSync(LOCK);
  } catch {
    const until = Date.now() + 180_000;
    while (existsSync(LOCK) && Date.now() < until) pause(200);
    if (fresh()) return;
    rmSync(LOCK, { recursive: true, force: true });
    mkdirSync(LOCK);
  }
  try {
    // Type errors elsewhere in the tree still emit JavaScript; what matters is that dist exists.
    const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
    spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "ignore" });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  if (!existsSync(MAIN)) throw new Error("build failed: dist/cli/main.js missing");
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without blocking this process (a test's own HTTP server must keep answering). */
export function armstrace(args: string[], input?: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}
