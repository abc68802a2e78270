// A worker thread: loads the lexicons once, then extracts each document it is sent.
import { parentPort } from "node:worker_threads";
import { loadLexicons } from "../lexicon/load.js";
import { buildRecord } from "./build-record.js";
import type { WorkerReply, WorkerRequest } from "./extractor-pool.js";

const lex = loadLexicons();
const port = parentPort!;

port.on("message", (msg: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: msg.id, record: buildRecord(msg.doc, lex) };
  } catch (err) {
    reply = { id: msg.id, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
