// Extraction on worker threads (one per core), or inline when workers are 0 (tests, one core).
// Results are promises; the caller awaits them in input order so that writes stay deterministic.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { SourceDocument } from "../core/model.js";
import { loadLexicons } from "../lexicon/load.js";
import type { DocumentRecord } from "../store/types.js";
import { buildRecord } from "./build-record.js";

export interface WorkerRequest {
  id: number;
  doc: SourceDocument;
}

export type WorkerReply = { id: number; record: DocumentRecord } | { id: number; error: string };

export interface Extractor {
  extract(doc: SourceDocument): Promise<DocumentRecord>;
  close(): Promise<void>;
}

export function defaultWorkers(): number {
  return availableParallelism();
}

/** Lexicons are loaded here first, so that a broken lexicon stops the run before any worker starts. */
export function createExtractor(workers: number): Extractor {
  loadLexicons();
  return workers > 0 ? new WorkerPool(workers) : new InlineExtractor();
}

class InlineExtractor implements Extractor {
  private readonly lex = loadLexicons();

  async extract(doc: SourceDocument): Promise<DocumentRecord> {
    return buildRecord(doc, this.lex);
  }

  async close(): Promise<void> {}
}

interface Pending {
  resolve: (r: DocumentRecord) => void;
  reject: (e: Error) => void;
}

class WorkerPool implements Extractor {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(size: number) {
    const url = new URL("./extract-worker.js", import.meta.url);
    this.workers = Array.from({ length: size }, () => {
      const w = new Worker(url);
      w.on("message", (reply: WorkerReply) => this.settle(reply));
      w.on("error", (err) => this.failAll(err));
      return w;
    });
  }

  extract(doc: SourceDocument): Promise<DocumentRecord> {
    const id = this.nextId++;
    const worker = this.workers[id % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, doc } satisfies WorkerRequest);
    });
  }

  private settle(reply: WorkerReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id);
    if ("record" in reply) p.resolve(reply.record);
    else p.reject(new Error(reply.error));
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
