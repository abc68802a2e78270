// The CLI: parses arguments, calls the app, prints. Each command lives in commands/<name>.ts.
import { Command, CommanderError } from "commander";
import { registerExtract } from "./commands/extract.js";
import { CliError } from "./errors.js";

const REGISTER: Array<(program: Command) => void> = [registerExtract];

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
