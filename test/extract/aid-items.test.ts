// Aid wording as items (lexicons/weapons.yaml, per the annotation guide): military aid words are
// `arms`, bare aid or assistance is `economic`; and, in claims, bare aid after a determiner points
// back to a package already told, and a recipient may be a state's body ("the government in X").
import { describe, expect, it } from "vitest";
import { itemsIn, spanText } from "../nlp/items-context.js";
import { summaries } from "./run.js";

const ITEMS: Array<[string, Array<[string, string]>]> = [
  [
    "They approved wartime aid and defence support.",
    [
      ["wartime aid", "arms"],
      ["defence support", "arms"],
    ],
  ],
  ["The aid package was signed.", [["aid package", "arms"]]],
  [
    "It sent weapons and aid.",
    [
      ["weapons", "arms"],
      ["aid", "economic"],
    ],
  ],
  ["It offered assistance.", [["assistance", "economic"]]],
  ["It welcomed financial pledges.", [["financial pledges", "economic"]]],
  [
    "It shipped weapons and ammunitions.",
    [
      ["weapons", "arms"],
      ["ammunitions", "ammunition"],
    ],
  ],
];

describe("aid wording", () => {
  it.each(ITEMS)("%s", (text, expected) => {
    expect(itemsIn(text).map((m) => [spanText(text, m), m.category])).toEqual(expected);
  });

  it("a recipient named as a state's body", () => {
    expect(summaries("[NO:Norway] sent [item:arms:weapons] to the government in [SE:Stockholm].")).toEqual([
      "transfer NO>SE [arms] delivered CT+ author/-",
    ]);
  });

  it("a transfer noun that is the item's own head", () => {
    expect(
      summaries(
        "The [item:economic:financial pledges] from [DK:Denmark] and [FI:Finland] to [SE:Sweden] arrived.",
      ).sort(),
    ).toEqual([
      "transfer DK>SE [economic] delivered CT+ author/-",
      "transfer FI>SE [economic] delivered CT+ author/-",
    ]);
  });

  it("bare aid after a determiner names no new item", () => {
    expect(summaries("[NO:Norway] will send the [item:economic:aid] to [SE:Sweden] soon.")).toEqual([]);
  });

  it("a body far from its state is no recipient", () => {
    expect(
      summaries(
        "[NO:Norway] sent [item:arms:weapons] to the troops fighting near the border of [SE:Sweden].",
      ),
    ).toEqual(["transfer NO>- [arms] delivered CT+ author/-"]);
  });
});
