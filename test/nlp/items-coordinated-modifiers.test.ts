// One-word modifiers coordinated before a shared head each make an item of their own.
import { describe, expect, it } from "vitest";
import { itemsIn, spanText } from "./items-context.js";

const CASES: Array<[string, Array<[string, string]>]> = [
  [
    "Norland wants economic, military, and security assistance from Ruritania.",
    [
      ["economic", "economic"],
      ["military", "arms"],
      ["security assistance", "arms"],
    ],
  ],
  [
    "It asked for economic, military, political and security aid.",
    [
      ["economic", "economic"],
      ["military", "arms"],
      ["security aid", "arms"],
    ],
  ],
  [
    "The envoy spoke of financial and military assistance.",
    [
      ["financial", "economic"],
      ["military assistance", "arms"],
    ],
  ],
  // A word that makes no term with the head stays out.
  ["The talks were long, and military aid came later.", [["military aid", "arms"]]],
];

describe("coordinated modifiers sharing a head", () => {
  it.each(CASES)("%s", (text, expected) => {
    expect(itemsIn(text).map((m) => [spanText(text, m), m.category])).toEqual(expected);
  });
});
