// Inputs built to trip regex backtracking or recursion: each must parse in well under two seconds.
import { describe, expect, it } from "vitest";
import { InputError, parseInput } from "../../src/ingest/index.js";

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

describe("pathological input", () => {
  it("a line of 100,000 commas", () => {
    const line = `Officials said${",".repeat(100_000)} (Reuters`;
    for (const hint of ["text", "html"] as const) {
      const { result, ms } = timed(() => parseInput(hint === "html" ? `<p>${line}</p>` : line, "-", hint));
      expect(result[0]!.text.length).toBeGreaterThan(100_000);
      expect(ms).toBeLessThan(1500);
    }
  });

  it("a header-like line of 100,000 colons and a credit-like tail of parentheses", () => {
    const text = `source:${":".repeat(100_000)}\n${"(".repeat(50_000)}${")".repeat(50_000)}`;
    const { result, ms } = timed(() => parseInput(text, "-"));
    expect(result).toHaveLength(1);
    expect(ms).toBeLessThan(1500);
  });

  it("10,000 nested tags in HTML", () => {
    const html = `<html><body>${"<div>".repeat(10_000)}Eastland bought radios.${"</div>".repeat(10_000)}</body></html>`;
    const { result, ms } = timed(() => parseInput(html, "deep.html", "html"));
    expect(result[0]!.text).toBe("Eastland bought radios.");
    expect(ms).toBeLessThan(2000);
  });

  it("10,000 nested tags in a feed is refused quickly", () => {
    const xml = `<rss><channel>${"<x>".repeat(10_000)}${"</x>".repeat(10_000)}</channel></rss>`;
    const { result: err, ms } = timed(() => {
      try {
        parseInput(xml, "deep.rss", "feed");
        return null;
      } catch (e) {
        return e;
      }
    });
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).reason).toMatch(/^malformed feed XML/);
    expect(ms).toBeLessThan(1500);
  });

  it("a 5 MB single line, as text and inside a JSON record", () => {
    const line = "Tanks and trucks were sent by rail, officials said. ".repeat(100_000);
    const asText = timed(() => parseInput(line, "-", "text"));
    expect(asText.result[0]!.text.length).toBe(line.trimEnd().length);
    expect(asText.ms).toBeLessThan(1500);
    const asJson = timed(() => parseInput(JSON.stringify({ text: line }), "-", "json"));
    expect(asJson.ms).toBeLessThan(1500);
  });

  it("normalises a large text at a measurable speed", () => {
    const paragraph =
      "Eastland\u00A0said on Monday that 40 trucks arrived from Northland.\r\nWestland\u200B denied sending shells.\r\n\r\n";
    const text = paragraph.repeat(Math.ceil((20 * 1024 * 1024) / paragraph.length));
    const cpuBefore = process.cpuUsage();
    const { result, ms } = timed(() => parseInput(text, "-", "text"));
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const megabytes = Buffer.byteLength(text) / (1024 * 1024);
    const rate = (time: number) => ((megabytes / time) * 1000).toFixed(1);
    console.info(
      `ingest: ${megabytes.toFixed(1)} MB in ${ms.toFixed(0)} ms wall (${rate(ms)} MB/s), ${rate(cpuMs)} MB/s of CPU time`,
    );
    expect(result[0]!.offsets.length).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(15_000);
  });
});
