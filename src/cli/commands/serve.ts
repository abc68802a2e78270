// `armstrace serve [--db FILE] [--port 8080] [--host 127.0.0.1] [--token T]`: the analyst's workbench.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { createExtractor } from "../../app/extractor-pool.js";
import { buildServer } from "../../server/app.js";
import { DEFAULT_BODY_LIMIT } from "../../server/deps.js";
import { listen } from "../../server/listen.js";
import { isLoopback } from "../../server/security.js";
import { workbenchDeps } from "../../server/wiring.js";
import { openStore, resolveDbPath } from "../../store/open.js";
import { addDbOption } from "../db-option.js";
import { CliError } from "../errors.js";

/** dist/cli/commands/serve.js and src/cli/commands/serve.ts are both three levels below the root. */
const WEB_DIST = fileURLToPath(new URL("../../../web/dist/", import.meta.url));

interface ServeFlags {
  db?: string;
  port: string;
  host: string;
  token?: string;
  maxBody: string;
}

export function registerServe(program: Command): void {
  addDbOption(program.command("serve").description("serve the workbench: HTTP API and web UI"))
    .option("--port <n>", "port to listen on", "8080")
    .option("--host <addr>", "address to bind (loopback by default)", "127.0.0.1")
    .option("--token <token>", "allow storing articles over HTTP with this token (or ARMSTRACE_TOKEN)")
    .option("--max-body <bytes>", "largest request body", String(DEFAULT_BODY_LIMIT))
    .action(async (flags: ServeFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new CliError("--port must be 0–65535", 2);
      const bodyLimit = Number(flags.maxBody);
      if (!Number.isInteger(bodyLimit) || bodyLimit < 1)
        throw new CliError("--max-body must be a positive number", 2);
      const token = flags.token ?? process.env.ARMSTRACE_TOKEN ?? null;
      const dbPath = resolveDbPath(flags.db);
      if (!existsSync(dbPath) && token === null) {
        throw new CliError(
          `${dbPath}: no such database; create it with \`armstrace ingest FILES --db ${dbPath}\``,
        );
      }
      await serve({ dbPath, port, host: flags.host, token, bodyLimit });
    });
}

async function serve(o: {
  dbPath: string;
  port: number;
  host: string;
  token: string | null;
  bodyLimit: number;
}) {
  const store = await openStore(o.dbPath).catch((err: Error) => {
    throw new CliError(err.message);
  });
  const webRoot = existsSync(`${WEB_DIST}index.html`) ? WEB_DIST : null;
  const extractor = createExtractor(1);
  const deps = workbenchDeps(store, {
    extractor,
    token: o.token,
    webRoot,
    host: o.host,
    bodyLimit: o.bodyLimit,
  });
  const app = await buildServer(deps);
  const url = await listen(app, o.host, o.port).catch(async (err: Error) => {
    await Promise.all([store.close(), extractor.close()]);
    throw new CliError(err.message);
  });
  if (!webRoot)
    process.stderr.write("armstrace serve: web UI not built (npm run build:web); serving the API only\n");
  if (!isLoopback(o.host))
    process.stderr.write(`armstrace serve: listening beyond this machine on ${o.host}\n`);
  process.stdout.write(
    `armstrace workbench: ${url} (database ${o.dbPath}${o.token ? ", storing on" : ""})\n`,
  );
  const stop = async () => {
    await app.close();
    await Promise.all([store.close(), extractor.close()]);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
