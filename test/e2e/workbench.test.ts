// The workbench in a real headless Chromium: map → allegation → document, Analyse, and a hostile
// article that must not run anything.
import { rmSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTICLES, startWorkbench, type Workbench } from "../server/workbench-fixture.js";
import { buildWebUi, launchChromium } from "./browser.js";
import { HOSTILE_ARTICLE, WATCH_SCRIPT } from "./hostile-article.js";

const TOKEN = "e2e-token";
let webRoot: string;
let wb: Workbench;
let browser: Browser;
const dialogs: string[] = [];

beforeAll(async () => {
  webRoot = await buildWebUi();
  wb = await startWorkbench([ARTICLES.shells, ARTICLES.shellsVia, ARTICLES.drones, HOSTILE_ARTICLE], {
    webRoot,
    token: TOKEN,
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await wb?.close();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
});

async function openPage(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(WATCH_SCRIPT);
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${wb.url}${path}`);
  return page;
}

describe("workbench in Chromium", { timeout: 60_000 }, () => {
  it("shows the map, opens an allegation with its evidence, source and via chain", async () => {
    const page = await openPage("/");
    await page.waitForSelector('[data-testid="map-graph"][data-rendered="true"]');
    const link = page.getByRole("link", { name: "Finland → Estonia: ammunition" });
    await link.click();
    await page.waitForURL(/\/allegations\/transfer\/FI\/EE\/ammunition$/);
    await expect.poll(() => page.getByTestId("claim").count()).toBeGreaterThanOrEqual(3);
    const viaClaim = page.getByTestId("claim").filter({ has: page.getByTestId("claim-via") });
    await expect.poll(() => viaClaim.getByTestId("claim-via").textContent()).toBe("Reuters (GB)");
    expect(await viaClaim.getByTestId("claim-source").textContent()).toContain("Defence Ministry");
    const evidence = page.getByTestId("claim-evidence").filter({ hasText: "Officials in Oslo" }).first();
    expect(await evidence.locator("mark.hl-trigger").first().textContent()).toBe("delivered");
    expect(await evidence.locator("mark.hl-item").first().textContent()).toBe("artillery shells");
    await page.getByRole("link", { name: "Shells said to cross the gulf" }).first().click();
    await page.waitForSelector('[data-testid="document-text"]');
    expect(await page.getByTestId("document-title").textContent()).toBe("Shells said to cross the gulf");
    expect(await page.locator('[data-testid="document-text"] mark.hl-country').count()).toBeGreaterThan(1);
    await page.close();
  });

  it("opens an allegation by clicking its edge on the map", async () => {
    const page = await openPage("/");
    await page.waitForSelector('[data-testid="map-graph"][data-rendered="true"]');
    // Cytoscape keeps its instance on the container (_cyreg); the edge's midpoint is where to click.
    const point = await page.evaluate(() => {
      type Cy = { edges: (s: string) => { renderedMidpoint: () => { x: number; y: number } } };
      const el = document.querySelector('[data-testid="map-graph"]') as HTMLElement & { _cyreg: { cy: Cy } };
      const mid = el._cyreg.cy.edges('[key = "transfer/PL/LT/drone"]').renderedMidpoint();
      const box = el.getBoundingClientRect();
      return { x: box.left + mid.x, y: box.top + mid.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(/\/allegations\/transfer\/PL\/LT\/drone$/);
    await page.getByTestId("claim").first().waitFor();
    await page.close();
  });

  it("loads an allegation from its own URL (deep link)", async () => {
    const page = await openPage("/allegations/transfer/PL/LT/drone");
    await page.waitForSelector('[data-testid="claim"]');
    expect(await page.locator("h1").textContent()).toBe("Poland → Lithuania: drone");
    await page.close();
  });

  it("analyses a pasted article without storing it, then stores it with the token", async () => {
    const page = await openPage("/analyse");
    const article = "Officials said Norway delivered 12 tanks to Latvia in March.";
    await page.getByTestId("article-input").fill(article);
    const claim = page.getByTestId("analysis").getByTestId("claim").first();
    await claim.waitFor();
    expect(await claim.textContent()).toContain("Norway → Latvia");
    await page.getByLabel("Token").fill(TOKEN);
    await page.getByRole("button", { name: "Store this article" }).click();
    await page.getByRole("link", { name: "open the document" }).waitFor();
    const stored = (await (await fetch(`${wb.url}/api/allegations?supplier=NO&recipient=LV`)).json()) as {
      total: number;
    };
    expect(stored.total).toBe(1);
    await page.close();
  });

  it("runs nothing from a hostile article's title, outlet, URL or text", async () => {
    const list = (await (await fetch(`${wb.url}/api/allegations?supplier=NO&recipient=EE`)).json()) as {
      items: Array<{ key: string }>;
    };
    const docs = (await (await fetch(`${wb.url}/api/documents?limit=100`)).json()) as {
      items: Array<{ id: number; outlet: string | null }>;
    };
    const hostileDoc = docs.items.find((d) => d.outlet?.includes("onerror"))!;
    const paths = ["/", `/allegations/${list.items[0]!.key}`, `/documents/${hostileDoc.id}`];
    for (const path of paths) {
      const page = await openPage(path);
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(300);
      await expectInert(page);
      await page.close();
    }
    const page = await openPage(`/documents/${hostileDoc.id}`);
    await page.getByTestId("document-title").waitFor();
    // The payload is shown as the characters it is.
    expect(await page.getByTestId("document-title").textContent()).toContain("<script>");
    expect(await page.getByTestId("document-text").textContent()).toContain('onerror="window.__pwned');
    await page.close();
    const analyse = await openPage("/analyse");
    await analyse.getByTestId("article-input").fill(HOSTILE_ARTICLE);
    await analyse.getByTestId("analysis").getByTestId("claim").first().waitFor();
    await expectInert(analyse);
    await analyse.close();
    expect(dialogs).toEqual([]);
  });
});

/** Nothing ran, nothing tried to run, and no element carries the payload's markup. */
async function expectInert(page: Page): Promise<void> {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
    violations: (window as unknown as { __violations: string[] }).__violations,
    scripts: [...document.scripts].map((s) => s.src),
    handlers: document.querySelectorAll("[onerror], [onload], [onclick]").length,
    images: document.querySelectorAll("img").length,
    scriptLinks: [...document.querySelectorAll("a")].filter((a) => a.href.startsWith("javascript:")).length,
  }));
  expect(state.pwned).toBeNull();
  expect(state.violations).toEqual([]);
  expect(
    state.scripts.every((src) => src.startsWith(`${page.url().split("/").slice(0, 3).join("/")}/assets/`)),
  ).toBe(true);
  expect(state.handlers).toBe(0);
  expect(state.images).toBe(0);
  expect(state.scriptLinks).toBe(0);
}
