import { describe, expect, it } from "vitest";
import { findCredit } from "../../src/ingest/credit-line.js";
import { compileWires, loadWires } from "../../src/ingest/wires.js";

const wires = loadWires();

describe("findCredit", () => {
  it.each([
    ["a labelled credit line", "Trucks were sent.\nSource: Harbour Gazette", "Harbour Gazette", null],
    ["a labelled wire credit", "Trucks were sent.\n\nSource: Reuters.", "Reuters", "Reuters"],
    [
      "several agencies, the first known one as wire",
      "Trucks were sent.\nSources: Example Daily, AFP",
      "Example Daily, AFP",
      "AFP",
    ],
    ["a wire in parentheses alone", "Trucks were sent.\n(Reuters)", "Reuters", "Reuters"],
    ["a wire in parentheses closing the text", "Trucks were sent, officials said. (AFP)", "AFP", "AFP"],
    [
      "a dashed wire credit",
      "Trucks were sent.\n— The Associated Press",
      "Associated Press",
      "Associated Press",
    ],
    ["an AP dateline", "PORTVILLE (AP) — Trucks were sent.", "Associated Press", "Associated Press"],
    ["a Reuters dateline with a date", "EASTON, Nov 2 (Reuters) - Trucks were sent.", "Reuters", "Reuters"],
    ["a dateline with a region", "NEW PORT, Eastland (Yonhap) -- Boats arrived.", "Yonhap", "Yonhap"],
  ])("reads %s", (_label, text, outlet, wire) => {
    expect(findCredit(text, wires)).toEqual({ outlet, wire });
  });

  it.each([
    ["an abbreviation closing a sentence", "Trucks were sent, said the intelligence service (NIS)."],
    [
      "a wire named mid-text",
      "The ministry shared its findings with the Associated Press.\nTrucks were sent.",
    ],
    ["a dash line that is not a wire", "Trucks were sent.\n— the end"],
    ["a dateline-like start in lower case", "Portville (AP) — trucks were sent."],
  ])("finds nothing in %s", (_label, text) => {
    expect(findCredit(text, wires)).toEqual({ outlet: null, wire: null });
  });
});

describe("the wire table", () => {
  it("maps aliases case-insensitively to one canonical name", () => {
    expect(wires.get("the associated press")).toBe("Associated Press");
    expect(wires.get("agence france-presse")).toBe("AFP");
  });

  it("refuses an alias claimed by two agencies", () => {
    const raw = {
      "wires.yaml": {
        wires: [
          { name: "A", aliases: ["X"] },
          { name: "B", aliases: ["x"] },
        ],
      },
    };
    expect(() => compileWires(raw)).toThrow(/alias "x" claimed by A and B/);
  });
});
