// POST /api/extract (open to all, stores nothing) and POST /api/documents (the token rule).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Extraction } from "../../src/core/model.js";
import { ARTICLES, startWorkbench, type Workbench } from "./workbench-fixture.js";

const TOKEN = "s3cret-test-token";
let open: Workbench;
let guarded: Workbench;
beforeAll(async () => {
  open = await startWorkbench([ARTICLES.shells]);
  guarded = await startWorkbench([], { token: TOKEN });
});
afterAll(async () => {
  await open.close();
  await guarded.close();
});

function post(wb: Workbench, path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${wb.url}${path}`, {
    method: "POST",
    body,
    headers: { "content-type": "text/plain", ...headers },
  });
}

describe("POST /api/extract", () => {
  it("extracts a pasted article without storing it", async () => {
    const res = await post(open, "/api/extract", ARTICLES.drones);
    expect(res.status).toBe(200);
    const x = (await res.json()) as Extraction;
    expect(x.schema).toBe("armstrace.extraction/1");
    expect(x.document.title).toBe("Drones for the neighbours");
    const claim = x.claims.find((c) => c.supplier === "PL")!;
    expect(claim).toMatchObject({ recipient: "LT", type: "transfer" });
    // Spans are offsets into the posted content, header included.
    expect(ARTICLES.drones.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
    const stats = (await (await fetch(`${open.url}/api/stats`)).json()) as { documents: number };
    expect(stats.documents).toBe(1);
  });

  it("takes JSON { content, format } too", async () => {
    const html =
      "<html><head><title>Page</title></head><body><p>Officials said Finland delivered 500 artillery shells to Estonia.</p></body></html>";
    const res = await post(open, "/api/extract", JSON.stringify({ content: html, format: "html" }), {
      "content-type": "application/json",
    });
    const x = (await res.json()) as Extraction;
    expect(x.claims.map((c) => `${c.supplier}>${c.recipient}`)).toContain("FI>EE");
  });

  it.each([
    ["an empty body", "   ", {}, "the article is empty"],
    ["two JSON Lines records", '{"text":"one"}\n{"text":"two"}\n', {}, "expected one article, found 2"],
    ["JSON without content", '{"text":"x"}', { "content-type": "application/json" }, "content"],
    ["malformed JSON", "{", { "content-type": "application/json" }, ""],
  ])("rejects %s with a 400", async (_what, body, headers, message) => {
    const res = await post(open, "/api/extract", body, headers);
    expect(res.status).toBe(400);
    const err = (await res.json()) as { error: { status: number; message: string } };
    expect(err.error.status).toBe(400);
    expect(err.error.message).toContain(message);
  });
});

describe("POST /api/documents and the token rule", () => {
  it("is off (403) when the server has no token", async () => {
    const res = await post(open, "/api/documents", ARTICLES.drones, { authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("--token");
  });

  it.each([
    ["no token", {}],
    ["a wrong token", { authorization: "Bearer wrong-token-of-other-length" }],
    ["a token of the right length but wrong", { authorization: `Bearer ${"x".repeat(TOKEN.length)}` }],
    ["another scheme", { authorization: `Basic ${TOKEN}` }],
  ])("needs the token: %s is a 401", async (_what, headers) => {
    const res = await post(guarded, "/api/documents", ARTICLES.drones, headers);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toContain("Bearer");
  });

  it("stores with the token, once per text, and the allegation appears", async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const first = (await (await post(guarded, "/api/documents", ARTICLES.drones, auth)).json()) as {
      stored: boolean;
      documentId: number;
    };
    expect(first.stored).toBe(true);
    const again = (await (await post(guarded, "/api/documents", ARTICLES.drones, auth)).json()) as {
      stored: boolean;
    };
    expect(again.stored).toBe(false);
    const list = (await (await fetch(`${guarded.url}/api/allegations?supplier=PL`)).json()) as {
      items: Array<{ key: string }>;
    };
    expect(list.items.map((a) => a.key)).toEqual(["transfer/PL/LT/drone"]);
    const info = (await (await fetch(`${guarded.url}/api/info`)).json()) as { storing: boolean };
    expect(info.storing).toBe(true);
  });
});
