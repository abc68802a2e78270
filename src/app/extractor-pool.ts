// Extraction on worker threads (one per core), or inline when workers are 0 (tests, one core).
// Results are promises; the caller awaits them in input order so that writes stay deterministic.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { SourceDocument } from "../core/model.js";
import { loadLexicons } from "../lexicon/load.js";
import type { DocumentRecord } from "../store/types.js";
import { buildRecord } from "./build-record.js";

/** One document of the group a worker is sent. */
export interface WorkerRequest {
  id: number;
  doc: SourceDocument;
}

/** The record comes back without the document it was made from: the pool still holds that. */
export type WorkerReply = { id: number; record: Omit<DocumentRecord, "doc"> } | { id: number; error: string };

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
  doc: SourceDocument;
  resolve: (r: DocumentRecord) => void;
  reject: (e: Error) => void;
}

/**
 * Documents go to a worker in groups of this many, and come back the same way: one message, so
 * one wake-up of the thread, per group. A wake-up per document cost the writer its core each time
 * (the woken worker pre-empts it on a busy 2-core machine).
 */
const GROUP = 8;

class WorkerPool implements Extractor {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private nextWorker = 0;
  private outbox: WorkerRequest[] = [];
  private sendScheduled = false;

  constructor(size: number) {
    const url = new URL("./extract-worker.js", import.meta.url);
    this.workers = Array.from({ length: size }, () => {
      const w = new Worker(url);
      w.on("message", (replies: WorkerReply[]) => {
        for (const reply of replies) this.settle(reply);
      });
      w.on("error", (err) => this.failAll(err));
      return w;
    });
  }

  extract(doc: SourceDocument): Promise<DocumentRecord> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { doc, resolve, reject });
      this.outbox.push({ id, doc });
      if (this.outbox.length >= GROUP) this.send();
      else if (!this.sendScheduled) {
        // A group not yet full goes as soon as the caller waits (a short feed, the last documents).
        this.sendScheduled = true;
        setImmediate(() => {
          this.sendScheduled = false;
          this.send();
        });
      }
    });
  }

  private send(): void {
    if (this.outbox.length === 0) return;
    const worker = this.workers[this.nextWorker++ % this.workers.length]!;
    worker.postMessage(this.outbox);
    this.outbox = [];
  }

  private settle(reply: WorkerReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id);
    if ("record" in reply) p.resolve({ ...reply.record, doc: p.doc });
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
