// The read endpoints against a real SQLite store holding invented articles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AllegationDetail, AllegationSummary, DocumentDetail, Page } from "../../src/store/types.js";
import { ARTICLES, startWorkbench, type Workbench } from "./workbench-fixture.js";

let wb: Workbench;
beforeAll(async () => {
  wb = await startWorkbench([ARTICLES.shells, ARTICLES.shellsVia, ARTICLES.drones, ARTICLES.hedged]);
});
afterAll(() => wb.close());

async function get<T>(path: string): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await fetch(`${wb.url}${path}`);
  return { status: res.status, body: (await res.json()) as T, headers: res.headers };
}

describe("GET /api/allegations", () => {
  it("lists the stored allegations with their standing", async () => {
    const { status, body } = await get<Page<AllegationSummary>>("/api/allegations");
    expect(status).toBe(200);
    const shells = body.items.find((a) => a.key === "transfer/FI/EE/ammunition");
    expect(shells).toMatchObject({ supplier: "FI", recipient: "EE", status: "contested" });
    expect(shells!.claimsFor).toBe(2);
    expect(shells!.claimsAgainst).toBeGreaterThanOrEqual(1);
    expect(shells!.independentOrigins).toBe(2);
  });

  it("filters like the CLI: supplier, item, type, dates", async () => {
    const pl = await get<Page<AllegationSummary>>("/api/allegations?supplier=PL&item=drone");
    expect(pl.body.items.map((a) => a.key)).toEqual(["transfer/PL/LT/drone"]);
    const none = await get<Page<AllegationSummary>>("/api/allegations?since=2030-01-01");
    expect(none.body.total).toBe(0);
    const limited = await get<Page<AllegationSummary>>("/api/allegations?limit=1&sort=claims");
    expect(limited.body.items).toHaveLength(1);
    expect(limited.body.limit).toBe(1);
  });

  it.each([
    ["limit=abc", "limit: expected a whole number"],
    ["limit=0", "limit"],
    ["status=rumoured", "status"],
    ["supplier=Finland", "supplier: expected a state code"],
    ["since=2025-13-01", "since: expected a date"],
    ["colour=red", 'Unrecognized key: "colour"'],
    ["item=<script>", "item: expected an item category"],
  ])("rejects %s with a 400 naming the parameter", async (query, message) => {
    const { status, body } = await get<{ error: { status: number; message: string } }>(
      `/api/allegations?${query}`,
    );
    expect(status).toBe(400);
    expect(body.error.status).toBe(400);
    expect(body.error.message).toContain(message);
  });
});

describe("GET /api/allegations/:id", () => {
  it("finds an allegation by its key and by its id, with claims for and against", async () => {
    const byKey = await get<AllegationDetail>(
      `/api/allegations/${encodeURIComponent("transfer/FI/EE/ammunition")}`,
    );
    expect(byKey.status).toBe(200);
    const byId = await get<AllegationDetail>(`/api/allegations/${byKey.body.id}`);
    expect(byId.body.key).toBe("transfer/FI/EE/ammunition");
    const stances = byKey.body.claims.map((c) => c.stance);
    expect(stances).toContain("for");
    expect(stances).toContain("against");
    const viaReuters = byKey.body.claims.find((c) => c.via.some((v) => v.name === "Reuters"));
    expect(viaReuters?.outlet).toBe("Sample Tribune");
    expect(viaReuters?.source.name).toContain("Defence Ministry");
  });

  it("answers 404 for an unknown allegation", async () => {
    const { status, body } = await get<{ error: { message: string } }>(
      "/api/allegations/transfer%2FFI%2FSE%2Fnaval",
    );
    expect(status).toBe(404);
    expect(body.error.message).toBe("allegation not found");
  });
});

describe("documents and claims", () => {
  it("lists documents and returns one with spans that point into its text", async () => {
    const list = await get<Page<{ id: number; title: string }>>("/api/documents");
    expect(list.body.total).toBe(4);
    const first = list.body.items.find((d) => d.title === "Shells said to cross the gulf")!;
    const { body: doc } = await get<DocumentDetail>(`/api/documents/${first.id}`);
    expect(doc.text.startsWith("Officials in Oslo")).toBe(true);
    for (const e of doc.entities)
      for (const m of e.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    for (const c of doc.claims)
      expect(doc.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    const trigger = doc.claims.find((c) => c.stance === "for")?.explain?.trigger;
    expect(trigger && doc.text.slice(trigger.start, trigger.end)).toBe("delivered");
  });

  it("returns one claim, and 400 / 404 for bad and unknown ids", async () => {
    const { body: doc } = await get<DocumentDetail>("/api/documents/1");
    const claimId = doc.claims[0]!.id;
    expect((await get<{ id: number }>(`/api/claims/${claimId}`)).body.id).toBe(claimId);
    expect((await get("/api/claims/abc")).status).toBe(400);
    expect((await get("/api/documents/999999")).status).toBe(404);
    expect((await get("/api/documents/1.5")).status).toBe(400);
  });
});

describe("actors, sources, timeline, search, stats, info", () => {
  it("names the actors", async () => {
    const { body } = await get<{ items: Array<{ code: string; name: string }> }>("/api/actors");
    expect(body.items.find((a) => a.code === "FI")?.name).toBe("Finland");
  });

  it("lists sources, filtered by kind; rejects an unknown kind", async () => {
    const { body } = await get<Page<{ kind: string; name: string | null }>>("/api/sources?kind=legislature");
    expect(body.items.map((s) => s.name)).toEqual(["Lawmakers"]);
    expect((await get("/api/sources?kind=gossip")).status).toBe(400);
  });

  it("gives a monthly timeline", async () => {
    const { body } = await get<{ buckets: Array<{ month: string; claimsFor: number }> }>(
      "/api/timeline?supplier=FI",
    );
    expect(body.buckets.map((b) => b.month)).toContain("2025-05");
  });

  it("searches the evidence; a missing query is a 400", async () => {
    const { body } = await get<Page<{ documentTitle: string }>>("/api/search?q=Lithuania");
    expect(body.items.map((h) => h.documentTitle)).toEqual(["Drones for the neighbours"]);
    const missing = await get<{ error: { message: string } }>("/api/search");
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain("q");
  });

  it("counts what is stored and says storing is off", async () => {
    expect((await get<{ documents: number }>("/api/stats")).body.documents).toBe(4);
    expect((await get<{ storing: boolean }>("/api/info")).body.storing).toBe(false);
  });
});

describe("the factuality filter", () => {
  it("keeps allegations asserted at least as surely as asked", async () => {
    const keys = async (q: string) =>
      (await get<Page<AllegationSummary>>(`/api/allegations?${q}`)).body.items.map((a) => a.key);
    // "Sweden may have supplied drones to Latvia": possible (PS+), not certain.
    expect(await keys("factuality=certain")).toContain("transfer/FI/EE/ammunition");
    expect(await keys("factuality=certain")).not.toContain("transfer/SE/LV/drone");
    expect(await keys("factuality=probable")).not.toContain("transfer/SE/LV/drone");
    expect(await keys("factuality=possible")).toContain("transfer/SE/LV/drone");
    expect((await get("/api/allegations?factuality=sure")).status).toBe(400);
  });
});
