// The server's dependencies from a store and the lexicons: shared by `armstrace serve` and tests.
import { createExtractor, type Extractor } from "../app/extractor-pool.js";
import type { SourceDocument } from "../core/model.js";
import { EXTRACTOR_VERSION } from "../extract/index.js";
import type { Store } from "../store/types.js";
import { DEFAULT_BODY_LIMIT, type ServerDeps } from "./deps.js";

export const SERVER_VERSION = "0.1.0";

export interface WorkbenchOptions {
  /**
   * Where extraction runs. `armstrace serve` uses a worker thread, so that a large pasted article
   * does not hold up every other request; by default (tests) it runs inline.
   */
  extractor?: Extractor;
  token?: string | null;
  webRoot?: string | null;
  host?: string;
  bodyLimit?: number;
  logError?: (err: unknown) => void;
}

export function workbenchDeps(store: Store, o: WorkbenchOptions = {}): ServerDeps {
  const extractor = o.extractor ?? createExtractor(0);
  return {
    store,
    extract: async (doc: SourceDocument) => (await extractor.extract(doc)).extraction,
    save: async (doc: SourceDocument) => store.saveDocument(await extractor.extract(doc)),
    token: o.token ?? null,
    webRoot: o.webRoot ?? null,
    host: o.host ?? "127.0.0.1",
    bodyLimit: o.bodyLimit ?? DEFAULT_BODY_LIMIT,
    extractor: EXTRACTOR_VERSION,
    version: SERVER_VERSION,
    logError: o.logError ?? ((err) => process.stderr.write(`armstrace serve: ${describe(err)}\n`)),
  };
}

/** The server log keeps the stack; the client only ever sees the JSON error message. */
function describe(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
