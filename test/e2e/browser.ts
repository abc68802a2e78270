// Debian's chromium driven by playwright-core (no browser download), and the web UI built fresh.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { build } from "vite";
import chromiumArgs from "../../scripts/chromium-args.json" with { type: "json" };

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const WEB = fileURLToPath(new URL("../../web/", import.meta.url));

/** Flags for a closed network: no background connections, no first-run work, no sandbox as root. */
const CHROMIUM_ARGS: string[] = chromiumArgs;

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM}: no chromium; install Debian's chromium package`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Builds web/ into a temporary folder, so the test sees the current sources, not a stale dist. */
export async function buildWebUi(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "armstrace-web-"));
  await build({
    configFile: join(WEB, "vite.config.ts"),
    root: WEB,
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
