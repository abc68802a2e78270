// One JSON error shape for every failure, no stacks, security headers, body limits, Host check.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRoutes } from "../../src/server/app.js";
import { CONTENT_SECURITY_POLICY } from "../../src/server/security.js";
import { workbenchDeps } from "../../src/server/wiring.js";
import { ARTICLES, startWorkbench, type Workbench } from "./workbench-fixture.js";

let wb: Workbench;
beforeAll(async () => {
  wb = await startWorkbench([ARTICLES.shells], { token: "t0ken", bodyLimit: 4096 });
});
afterAll(() => wb.close());

async function expectErrorShape(res: Response, status: number): Promise<string> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/json");
  const body = (await res.json()) as Record<string, unknown>;
  expect(Object.keys(body)).toEqual(["error"]);
  const error = body.error as Record<string, unknown>;
  expect(Object.keys(error).sort()).toEqual(["message", "status"]);
  expect(error.status).toBe(status);
  expect(typeof error.message).toBe("string");
  expect(String(error.message)).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  return String(error.message);
}

/** fetch() will not send another Host header; a page on a rebound DNS name would. */
function getWithHost(url: string, host: string): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const headers = new Headers(res.headers as Record<string, string>);
        resolve(new Response(Buffer.concat(chunks), { status: res.statusCode, headers }));
      });
    });
    req.on("error", reject);
    req.end();
  });
}

describe("errors", () => {
  it("400, 401, 403, 404, 413 all have the same shape", async () => {
    await expectErrorShape(await fetch(`${wb.url}/api/allegations?limit=-1`), 400);
    await expectErrorShape(await fetch(`${wb.url}/api/documents`, { method: "POST", body: "x" }), 401);
    expect(
      await expectErrorShape(await getWithHost(`${wb.url}/api/stats`, "evil.example:80"), 403),
    ).toContain("Host");
    await expectErrorShape(await fetch(`${wb.url}/api/no-such-thing`), 404);
    const big = "Officials said Finland delivered shells to Estonia. ".repeat(200);
    const tooLarge = await fetch(`${wb.url}/api/extract`, {
      method: "POST",
      body: big,
      headers: { "content-type": "text/plain" },
    });
    expect(await expectErrorShape(tooLarge, 413)).toBe("request body is too large");
  });

  it("an unsupported content type is a 415 with the same shape", async () => {
    const res = await fetch(`${wb.url}/api/extract`, {
      method: "POST",
      body: "x",
      headers: { "content-type": "image/png" },
    });
    await expectErrorShape(res, 415);
  });

  it("a failure inside the server is a 500 that hides the cause and logs it", async () => {
    const broken = await startWorkbench([]);
    await broken.store.close();
    const res = await fetch(`${broken.url}/api/stats`);
    expect(await expectErrorShape(res, 500)).toBe("internal error; the server log has the details");
    expect(broken.errors).toHaveLength(1);
    await broken.app.close();
  });
});

describe("headers", () => {
  it("sends the CSP and friends on API answers and errors", async () => {
    for (const path of ["/api/stats", "/api/allegations?limit=x"]) {
      const res = await fetch(`${wb.url}${path}`);
      expect(res.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-inline");
  });
});

describe("GET /api/openapi.json", () => {
  it("documents every route and every query parameter", async () => {
    const doc = (await (await fetch(`${wb.url}/api/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { parameters: Array<{ name: string }> }>>;
    };
    expect(doc.openapi).toBe("3.1.0");
    const routes = apiRoutes(workbenchDeps(wb.store));
    for (const r of routes) {
      const path = `/api${r.path.replace(/:(\w+)/g, "{$1}")}`;
      const op = doc.paths[path]?.[r.method.toLowerCase()];
      expect(op, `${r.method} ${path}`).toBeDefined();
      const shape = (r.query as unknown as { shape?: Record<string, unknown> }).shape ?? {};
      for (const name of Object.keys(shape)) expect(op!.parameters.map((p) => p.name)).toContain(name);
    }
    expect(doc.paths["/api/allegations"]?.get?.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(["supplier", "recipient", "item", "status", "since", "until", "limit"]),
    );
  });
});
