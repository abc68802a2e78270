// vitest globalSetup (for vitest.config.ts: `test: { globalSetup: ["test/global-setup.ts"] }`):
// builds dist once before tests that run the CLI as a process.
import { ensureBuilt } from "./cli/build.js";

export default function setup(): void {
  ensureBuilt();
}
