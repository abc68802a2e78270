// The server's dependencies from a store and the lexicons: shared by `armstrace serve` and tests.
import { buildRecord } from "../app/build-record.js";
import type { SourceDocument } from "../core/model.js";
import { extract } from "../core/pipeline.js";
import { EXTRACTOR_VERSION } from "../extract/index.js";
import type { Lexicons } from "../lexicon/types.js";
import type { Store } from "../store/types.js";
import { DEFAULT_BODY_LIMIT, type ServerDeps } from "./deps.js";

export const SERVER_VERSION = "0.1.0";

export interface WorkbenchOptions {
  token?: string | null;
  webRoot?: string | null;
  host?: string;
  bodyLimit?: number;
  logError?: (err: unknown) => void;
}

export function workbenchDeps(store: Store, lex: Lexicons, o: WorkbenchOptions = {}): ServerDeps {
  return {
    store,
    extract: (doc: SourceDocument) => extract(doc, lex),
    save: (doc: SourceDocument) => store.saveDocument(buildRecord(doc, lex)),
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
