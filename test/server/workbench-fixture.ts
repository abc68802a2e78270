// A real workbench for tests: a SQLite file in a temp folder, invented articles stored through the
// ingest use-case, and the HTTP server listening on 127.0.0.1 on a free port.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { buildRecord } from "../../src/app/build-record.js";
import { parseInput } from "../../src/ingest/index.js";
import { loadLexicons } from "../../src/lexicon/load.js";
import { buildServer } from "../../src/server/app.js";
import { listen } from "../../src/server/listen.js";
import { type WorkbenchOptions, workbenchDeps } from "../../src/server/wiring.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/types.js";

/** Invented articles (not real reporting) with plain transfer shapes. */
export const ARTICLES = {
  shells: `title: Shells said to cross the gulf
outlet: Example Gazette
published: 2025-05-02
url: https://example.org/gazette/shells
---
Officials in Oslo said on Monday that Finland delivered 500 artillery shells to Estonia in April.

The Finnish government denied the report.
`,
  shellsVia: `title: Second account of the shell shipments
outlet: Sample Tribune
published: 2025-05-06
---
The Defence Ministry of Latvia said Finland had sent artillery shells to Estonia, according to Reuters.
`,
  drones: `title: Drones for the neighbours
outlet: Placeholder Post
published: 2025-06-11
---
Lawmakers said they were told by the National Intelligence Service that Poland supplied drones to Lithuania.
`,
  hedged: `title: A possible delivery
outlet: Example Gazette
published: 2025-06-20
---
Analysts said Sweden may have supplied drones to Latvia.
`,
};

export interface Workbench {
  url: string;
  store: Store;
  app: FastifyInstance;
  errors: unknown[];
  close: () => Promise<void>;
}

export async function storeArticle(store: Store, text: string, origin = "test"): Promise<number> {
  const lex = loadLexicons();
  const [doc] = parseInput(text, origin);
  const result = await store.saveDocument(buildRecord(doc!, lex));
  return result.documentId;
}

export async function startWorkbench(
  articles: readonly string[],
  opts: Omit<WorkbenchOptions, "logError"> = {},
): Promise<Workbench> {
  const dir = mkdtempSync(join(tmpdir(), "armstrace-server-"));
  const store = await openStore(join(dir, "test.db"));
  for (const [i, text] of articles.entries()) await storeArticle(store, text, `article-${i}.txt`);
  const errors: unknown[] = [];
  const deps = workbenchDeps(store, { ...opts, logError: (e) => errors.push(e) });
  const app = await buildServer(deps);
  const url = await listen(app, "127.0.0.1", 0);
  return {
    url: url.replace(/\/$/, ""),
    store,
    app,
    errors,
    close: async () => {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
