// Intelligence named by what it is about: a knowledge noun and its subject make one item.
import { describe, expect, it } from "vitest";
import { itemsIn, spanText } from "./items-context.js";

const CASES: Array<[string, Array<[string, string]>]> = [
  [
    "The firm leaked data on Valdonia's troop positions to its rival.",
    [["data on Valdonia's troop positions", "intelligence"]],
  ],
  [
    "He passed information about the military movements.",
    [["information about the military movements", "intelligence"]],
  ],
  // Alone, neither part is an item.
  ["Drones struck military positions overnight.", [["Drones", "drone"]]],
  ["Customs data on exports showed a rise.", []],
];

describe("knowledge items", () => {
  it.each(CASES)("%s", (text, expected) => {
    expect(itemsIn(text).map((m) => [spanText(text, m), m.category])).toEqual(expected);
  });
});
