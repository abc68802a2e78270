// The item, quantity and time recognisers inside the whole entity layer: the gazetteers run
// first, and overlaps are resolved across all of them.
import { describe, expect, it } from "vitest";
import { loadLexicons } from "../../src/lexicon/load.js";
import { annotate } from "../../src/nlp/annotate.js";
import { docOf } from "./items-context.js";

const lex = loadLexicons();

function kindsOf(text: string): Array<[string, string]> {
  return annotate(docOf(text), lex)
    .mentions.filter((m) => m.kind === "item" || m.kind === "quantity" || m.kind === "time")
    .map((m) => [m.kind, m.text]);
}

describe("items, quantities and times in annotate()", () => {
  it("reads a made-up report end to end", () => {
    const text =
      "Defence officials in Oslo said on Tuesday that Norway had sent more than 2,000 artillery shells " +
      "and 12 Leopard 2 tanks to Ukraine since March, part of a US$2 billion package.";
    expect(kindsOf(text)).toEqual([
      ["time", "on Tuesday"],
      ["quantity", "more than 2,000"],
      ["item", "artillery shells"],
      ["quantity", "12"],
      ["item", "Leopard 2 tanks"],
      ["time", "since March"],
      ["quantity", "US$2 billion"],
    ]);
  });

  it("leaves weapon words inside organisation names to the organisation", () => {
    const text = "The National Intelligence Service said drones were sent.";
    expect(kindsOf(text)).toEqual([["item", "drones"]]);
  });
});
