// The HTTP API as the UI sees it. Shapes are the store's own result types (one result, many outputs).
import type { Extraction } from "../../src/core/model.js";
import type {
  ActorSummary,
  AllegationDetail,
  AllegationSummary,
  DocumentDetail,
  Page,
  StoreStats,
} from "../../src/store/types.js";

export type { ActorSummary, AllegationDetail, AllegationSummary, DocumentDetail, Extraction, StoreStats };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { ...init, headers: { accept: "application/json", ...init?.headers } });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const message = (body as { error?: { message?: string } } | null)?.error?.message;
    throw new ApiError(res.status, message ?? `${res.status} ${res.statusText}`);
  }
  return body as T;
}

function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
}

export interface AllegationQuery {
  type?: string;
  item?: string;
  status?: string;
  factuality?: string;
  since?: string;
  until?: string;
  limit?: number;
}

export const api = {
  allegations: (q: AllegationQuery) => request<Page<AllegationSummary>>(`/api/allegations${query({ ...q })}`),
  allegation: (key: string) => request<AllegationDetail>(`/api/allegations/${encodeURIComponent(key)}`),
  document: (id: string) => request<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`),
  actors: () => request<{ items: ActorSummary[] }>("/api/actors"),
  stats: () => request<StoreStats>("/api/stats"),
  info: () => request<{ version: string; extractor: string; storing: boolean }>("/api/info"),
  extract: (text: string) =>
    request<Extraction>("/api/extract", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: text,
    }),
  store: (text: string, token: string) =>
    request<{ stored: boolean; documentId: number }>("/api/documents", {
      method: "POST",
      headers: { "content-type": "text/plain", authorization: `Bearer ${token}` },
      body: text,
    }),
};
