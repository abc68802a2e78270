// The web UI's pure helpers: highlight segments, safe links, routes, monthly counts.
import { describe, expect, it } from "vitest";
import { type Mark, segment } from "../../web/src/highlight-segments.js";
import { parseRoute, paths } from "../../web/src/router.js";
import { safeHref } from "../../web/src/safe-href.js";

describe("segment", () => {
  // "Officials said Finland delivered shells." with the claim sentence and a state inside it.
  const text = "Officials said Finland delivered shells.";
  const claim: Mark = { start: 0, end: text.length, kind: "claim" };
  const finland: Mark = { start: 15, end: 22, kind: "country" };

  it("cuts nested highlights into flat runs that know every mark covering them", () => {
    const runs = segment(text.length, [claim, finland]).map((s) => [
      text.slice(s.start, s.end),
      s.marks.map((m) => m.kind),
    ]);
    expect(runs).toEqual([
      ["Officials said ", ["claim"]],
      ["Finland", ["claim", "country"]],
      [" delivered shells.", ["claim"]],
    ]);
  });

  it("covers the whole text once, and drops marks outside it or empty", () => {
    const marks: Mark[] = [
      finland,
      { start: -4, end: 3, kind: "time" },
      { start: 30, end: 99, kind: "item" },
      { start: 5, end: 5, kind: "cue" },
    ];
    const runs = segment(text.length, marks);
    expect(runs.map((s) => text.slice(s.start, s.end)).join("")).toBe(text);
    expect(runs.flatMap((s) => s.marks.map((m) => m.kind))).toEqual(["country"]);
  });

  it("handles partly overlapping marks", () => {
    const runs = segment(10, [
      { start: 0, end: 6, kind: "supplier" },
      { start: 4, end: 10, kind: "trigger" },
    ]);
    expect(runs.map((s) => [s.start, s.end, s.marks.length])).toEqual([
      [0, 4, 1],
      [4, 6, 2],
      [6, 10, 1],
    ]);
  });
});

describe("safeHref", () => {
  it.each([
    ["https://example.org/a?b=1", "https://example.org/a?b=1"],
    ["http://example.org/", "http://example.org/"],
    ["javascript:alert(1)", null],
    [" JavaScript:alert(1)", null],
    ["data:text/html,<script>alert(1)</script>", null],
    ["not a url", null],
    [null, null],
  ])("%s → %s", (url, href) => {
    expect(safeHref(url)).toBe(href);
  });
});

describe("routes", () => {
  it("round-trips allegation keys and document ids through URLs", () => {
    const key = "transfer/org:hezbollah/IR/missile";
    expect(parseRoute(paths.allegation(key), "")).toEqual({ view: "allegation", id: key });
    expect(parseRoute("/documents/12", "?claim=3")).toEqual({ view: "document", id: "12", claim: "3" });
    expect(parseRoute("/", "")).toEqual({ view: "map" });
    expect(parseRoute("/nowhere", "")).toEqual({ view: "not-found", path: "/nowhere" });
  });
});
