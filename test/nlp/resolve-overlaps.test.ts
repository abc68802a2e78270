import { describe, expect, it } from "vitest";
import type { Mention } from "../../src/core/model.js";
import { resolveOverlaps } from "../../src/nlp/annotate.js";

const state = (start: number, end: number, code: string): Mention => ({
  kind: "state",
  start,
  end,
  text: "x".repeat(end - start),
  rule: "test",
  code,
  name: code,
  form: "name",
});

describe("resolveOverlaps", () => {
  it("keeps the longest of overlapping mentions and all disjoint ones, sorted by start", () => {
    const out = resolveOverlaps([
      state(10, 15, "B"),
      state(0, 5, "A"),
      state(3, 14, "LONG"),
      state(20, 22, "C"),
    ]);
    expect(out.map((m) => (m.kind === "state" ? m.code : ""))).toEqual(["LONG", "C"]);
  });
  it("prefers the earlier recogniser on equal length", () => {
    const out = resolveOverlaps([state(0, 5, "FIRST"), state(2, 7, "SECOND")]);
    expect(out.map((m) => (m.kind === "state" ? m.code : ""))).toEqual(["FIRST"]);
  });
  it("keeps touching spans", () => {
    expect(resolveOverlaps([state(0, 5, "A"), state(5, 9, "B")])).toHaveLength(2);
  });
});
