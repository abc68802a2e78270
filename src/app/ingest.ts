// `ingest` and `reextract` as use-cases: documents in, extraction on workers, one transaction
// per document on this thread, in input order. Stopping (Ctrl-C) abandons documents not yet
// written; the next run does them, since stored texts are skipped.
import type { SourceDocument } from "../core/model.js";
import type { InputResult } from "../ingest/index.js";
import type { DocumentRecord, Store } from "../store/types.js";
import type { Extractor } from "./extractor-pool.js";

export interface IngestCounts {
  stored: number;
  /** Already stored (same normalised text). */
  skipped: number;
  /** Inputs that could not be read or extracted. */
  failed: number;
  claims: number;
  /** Total documents expected, when known in advance. */
  total: number | null;
}

export interface IngestOptions {
  extractor: Extractor;
  signal?: AbortSignal;
  /** Called after every document; also with each failure. */
  onProgress?: (counts: IngestCounts, failure?: { origin: string; reason: string }) => void;
  total?: number | null;
  /** Documents extracted ahead of the writer. */
  window?: number;
}

interface InFlight {
  doc: SourceDocument;
  record: Promise<DocumentRecord>;
}

export async function ingestDocuments(
  store: Store,
  inputs: AsyncIterable<InputResult> | Iterable<InputResult>,
  opts: IngestOptions,
): Promise<IngestCounts> {
  const counts: IngestCounts = { stored: 0, skipped: 0, failed: 0, claims: 0, total: opts.total ?? null };
  const queue: InFlight[] = [];
  // Enough ahead that each worker has a group or two queued while the writer works (GROUP = 8).
  const window = opts.window ?? 64;
  const fail = async (origin: string, reason: string) => {
    counts.failed++;
    await store.recordIngestError(origin, reason);
    opts.onProgress?.(counts, { origin, reason });
  };
  const writeHead = async () => {
    const head = queue.shift()!;
    try {
      const record = await head.record;
      const result = await store.saveDocument(record);
      if (result.stored) {
        counts.stored++;
        counts.claims += record.extraction.claims.length;
      } else counts.skipped++;
      opts.onProgress?.(counts);
    } catch (err) {
      await fail(head.doc.meta.origin ?? head.doc.meta.id, `extraction failed (${describe(err)})`);
    }
  };
  for await (const input of inputs) {
    if (opts.signal?.aborted) break;
    if (!input.ok) {
      await fail(input.origin, input.reason);
      continue;
    }
    if (await store.hasText(input.doc.text)) {
      counts.skipped++;
      opts.onProgress?.(counts);
      continue;
    }
    const record = opts.extractor.extract(input.doc);
    // A failure is handled when its turn to be written comes, not as an unhandled rejection now.
    record.catch(() => undefined);
    queue.push({ doc: input.doc, record });
    if (queue.length >= window) await writeHead();
  }
  while (queue.length > 0 && !opts.signal?.aborted) await writeHead();
  return counts;
}

export interface ReextractCounts {
  done: number;
  failed: number;
  claims: number;
  total: number;
}

/** Re-runs extraction on stored documents (those of another extractor version, or all). */
export async function reextractDocuments(
  store: Store,
  opts: {
    extractor: Extractor;
    version: string;
    all?: boolean;
    signal?: AbortSignal;
    onProgress?: (c: ReextractCounts) => void;
  },
): Promise<ReextractCounts> {
  const docs: Array<{ id: number; doc: SourceDocument }> = [];
  for await (const d of store.iterateDocuments(opts.all ? {} : { notExtractor: opts.version })) docs.push(d);
  const counts: ReextractCounts = { done: 0, failed: 0, claims: 0, total: docs.length };
  // A few documents ahead of the writer, as in ingest: enough to keep the workers busy.
  for (let i = 0; i < docs.length && !opts.signal?.aborted; i += 32) {
    const chunk = docs.slice(i, i + 32).map((d) => ({ ...d, record: opts.extractor.extract(d.doc) }));
    for (const p of chunk) p.record.catch(() => undefined);
    for (const p of chunk) {
      if (opts.signal?.aborted) break;
      await reextractOne(store, p, counts);
      opts.onProgress?.(counts);
    }
  }
  return counts;
}

async function reextractOne(
  store: Store,
  p: { id: number; doc: SourceDocument; record: Promise<DocumentRecord> },
  counts: ReextractCounts,
): Promise<void> {
  try {
    const record = await p.record;
    await store.replaceExtraction(p.id, record);
    counts.done++;
    counts.claims += record.extraction.claims.length;
  } catch (err) {
    counts.failed++;
    await store.recordIngestError(
      p.doc.meta.origin ?? p.doc.meta.id,
      `re-extraction failed (${describe(err)})`,
    );
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
