// Exports of the whole store, as a stream of text chunks the caller writes where it wants.
import type { AllegationSummary, DocumentSummary, StoreReader } from "../store/types.js";
import { claimsCsv } from "./csv.js";
import { actorEntity, claimEntity, documentEntity, ftmLine } from "./ftm.js";
import { graphml } from "./graphml.js";
import { claimsJsonl } from "./jsonl.js";

export const EXPORT_FORMATS = ["jsonl", "csv", "graphml", "ftm"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const PAGE = 1000;

export function exportStore(store: StoreReader, format: ExportFormat): AsyncIterable<string> {
  switch (format) {
    case "jsonl":
      return claimsJsonl(store.iterateClaims());
    case "csv":
      return claimsCsv(store.iterateClaims());
    case "graphml":
      return graphmlExport(store);
    case "ftm":
      return ftmExport(store);
  }
}

async function* allAllegations(store: StoreReader): AsyncGenerator<AllegationSummary> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listAllegations({ limit: PAGE, offset, sort: "claims" });
    yield* page.items;
    if (page.items.length < PAGE) return;
  }
}

async function* allDocuments(store: StoreReader): AsyncGenerator<DocumentSummary> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listDocuments({ limit: PAGE, offset });
    yield* page.items;
    if (page.items.length < PAGE) return;
  }
}

async function* graphmlExport(store: StoreReader): AsyncGenerator<string> {
  const allegations: AllegationSummary[] = [];
  for await (const a of allAllegations(store)) allegations.push(a);
  yield* graphml(await store.listActors(), allegations);
}

async function* ftmExport(store: StoreReader): AsyncGenerator<string> {
  const actors = new Map((await store.listActors()).map((a) => [a.code, a]));
  for await (const d of allDocuments(store)) yield ftmLine(documentEntity(d));
  const emitted = new Set<string>();
  for await (const c of store.iterateClaims()) {
    const entity = claimEntity(c);
    if (!entity) continue;
    // Actors are written before the first link that names them.
    for (const code of [entity.properties.subject?.[0], entity.properties.object?.[0]]) {
      const actorCode = code && codeOfEntity(code, actors);
      if (!actorCode || emitted.has(actorCode)) continue;
      emitted.add(actorCode);
      const known = actors.get(actorCode);
      yield ftmLine(actorEntity(known ?? { code: actorCode, name: actorCode, kind: "state" }));
    }
    yield ftmLine(entity);
  }
}

function codeOfEntity(entityId: string, actors: Map<string, unknown>): string | null {
  const slug = entityId.replace(/^armstrace-actor-/, "");
  for (const code of actors.keys()) if (code.replace(":", "-").toLowerCase() === slug) return code;
  return slug.startsWith("org-") ? `org:${slug.slice(4)}` : slug.toUpperCase();
}
