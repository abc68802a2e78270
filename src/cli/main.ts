// The CLI: parses arguments, calls the app, prints. Each command lives in commands/<name>.ts.
import { Command, CommanderError } from "commander";
import { registerAllegations } from "./commands/allegations.js";
import { registerClaims } from "./commands/claims.js";
import { registerExport } from "./commands/export.js";
import { registerExtract } from "./commands/extract.js";
import { registerIngest } from "./commands/ingest.js";
import { registerReextract } from "./commands/reextract.js";
import { registerSearch } from "./commands/search.js";
import { registerServe } from "./commands/serve.js";
import { registerSources } from "./commands/sources.js";
import { registerStats } from "./commands/stats.js";
import { registerTimeline } from "./commands/timeline.js";
import { CliError } from "./errors.js";

const REGISTER: Array<(program: Command) => void> = [
  registerExtract,
  registerIngest,
  registerReextract,
  registerAllegations,
  registerClaims,
  registerTimeline,
  registerSources,
  registerSearch,
  registerStats,
  registerExport,
  registerServe,
];

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name("armstrace")
    .description("Turn news reports about arms transfers between states into a sourced evidence base")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of REGISTER) register(program);
  try {
    await program.parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    process.stderr.write(`armstrace: ${describeError(err)}\n`);
    return err instanceof CliError ? err.exitCode : 1;
  }
}

function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
