// A worker thread: loads the lexicons once, then extracts each group of documents it is sent and
// answers with one message for the group.
import { parentPort } from "node:worker_threads";
import type { SourceDocument } from "../core/model.js";
import { loadLexicons } from "../lexicon/load.js";
import { buildRecord } from "./build-record.js";
import type { WorkerReply, WorkerRequest } from "./extractor-pool.js";

const lex = loadLexicons();
const port = parentPort!;

port.on("message", (group: WorkerRequest[]) => {
  port.postMessage(group.map((msg) => extractOne(msg.id, msg.doc)));
});

function extractOne(id: number, doc: SourceDocument): WorkerReply {
  try {
    const { doc: _, ...record } = buildRecord(doc, lex);
    return { id, record };
  } catch (err) {
    return { id, error: err instanceof Error ? err.message : String(err) };
  }
}
