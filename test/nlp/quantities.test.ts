import { describe, expect, it } from "vitest";
import type { Qualifier, QuantityUnit } from "../../src/core/model.js";
import { entityMentions, quantitiesIn, spanText } from "./items-context.js";

type Expected = [text: string, value: number | null, unit: QuantityUnit, qualifier: Qualifier];

// [made-up sentence, the quantities in it]
const CASES: Array<[string, Expected[]]> = [
  ["They shipped more than a million shells.", [["more than a million", 1_000_000, "items", "more_than"]]],
  ["It sent 1.5 million rounds.", [["1.5 million", 1_500_000, "items", "exact"]]],
  ["About 10,000 troops moved.", [["About 10,000", 10_000, "items", "about"]]],
  [
    "some 300 trucks and nearly 500 drones",
    [
      ["some 300", 300, "items", "about"],
      ["nearly 500", 500, "items", "about"],
    ],
  ],
  [
    "almost 500 drones, at least 40 tanks",
    [
      ["almost 500", 500, "items", "about"],
      ["at least 40", 40, "items", "at_least"],
    ],
  ],
  [
    "up to 20 jets and fewer than 50 guns",
    [
      ["up to 20", 20, "items", "up_to"],
      ["fewer than 50", 50, "items", "less_than"],
    ],
  ],
  [
    "less than 50 rifles, over 200 trucks, in excess of 3,000 mines",
    [
      ["less than 50", 50, "items", "less_than"],
      ["over 200", 200, "items", "more_than"],
      ["in excess of 3,000", 3000, "items", "more_than"],
    ],
  ],
  // vague counts give no value
  [
    "Dozens of drones and hundreds of thousands of shells.",
    [
      ["Dozens of", null, "items", "about"],
      ["hundreds of thousands of", null, "items", "about"],
    ],
  ],
  ["It cost millions of dollars.", [["millions of dollars", null, "USD", "about"]]],
  // money
  [
    "a $400 million package and $1.7bn in aid",
    [
      ["$400 million", 400_000_000, "USD", "exact"],
      ["$1.7bn", 1_700_000_000, "USD", "exact"],
    ],
  ],
  [
    "$61 billion, US$2 billion and €4bn",
    [
      ["$61 billion", 61_000_000_000, "USD", "exact"],
      ["US$2 billion", 2_000_000_000, "USD", "exact"],
      ["€4bn", 4_000_000_000, "EUR", "exact"],
    ],
  ],
  [
    "4 billion euros, £500m and 500 million pounds",
    [
      ["4 billion euros", 4_000_000_000, "EUR", "exact"],
      ["£500m", 500_000_000, "GBP", "exact"],
      ["500 million pounds", 500_000_000, "GBP", "exact"],
    ],
  ],
  // units
  [
    "6,700 containers and 1,000 containers",
    [
      ["6,700 containers", 6700, "containers", "exact"],
      ["1,000 containers", 1000, "containers", "exact"],
    ],
  ],
  [
    "10,000 tonnes of grain and 1 million barrels of oil",
    [
      ["10,000 tonnes", 10_000, "tons", "exact"],
      ["1 million barrels", 1_000_000, "barrels", "exact"],
    ],
  ],
  // number words
  [
    "twenty-five tanks, a dozen howitzers and two dozen mortars",
    [
      ["twenty-five", 25, "items", "exact"],
      ["a dozen", 12, "items", "exact"],
      ["two dozen", 24, "items", "exact"],
    ],
  ],
  [
    "half a million rounds, three hundred guns, a million shells",
    [
      ["half a million", 500_000, "items", "exact"],
      ["three hundred", 300, "items", "exact"],
      ["a million", 1_000_000, "items", "exact"],
    ],
  ],
  ["two hundred thousand shells", [["two hundred thousand", 200_000, "items", "exact"]]],
  // a model number is part of the item, not a count
  ["Berlin sent 14 Leopard 2 tanks.", [["14", 14, "items", "exact"]]],
  // ranges are the lower bound
  [
    "5 to 7 systems, 5-7 systems, between 8 and 9 launchers",
    [
      ["5 to 7", 5, "items", "at_least"],
      ["5-7", 5, "items", "at_least"],
      ["between 8 and 9", 8, "items", "at_least"],
    ],
  ],
  ["2 to 3 billion dollars", [["2 to 3 billion dollars", 2_000_000_000, "USD", "at_least"]]],
  ["400+ vehicles", [["400+", 400, "items", "more_than"]]],
  ["It gave one Patriot battery.", [["one", 1, "items", "exact"]]],
];

describe("recogniseQuantities", () => {
  it.each(CASES)("%s", (text, expected) => {
    const found = quantitiesIn(text);
    expect(found.map((q) => [q.text, q.value, q.unit, q.qualifier])).toEqual(expected);
    for (const q of found) expect(spanText(text, q)).toBe(q.text);
  });
});

// Calibres, model numbers, years, dates, percentages, ages, measures and labels are no counts.
const NEGATIVE = [
  "The 152mm shells and 155 mm rounds.",
  "F-16 jets, T-72 tanks and a Shahed-136.",
  "In 2023 the war went on.",
  "On October 13 and on 13 October and Oct. 13.",
  "Prices rose 40 percent and 3%.",
  "A 45-year-old man, aged 45.",
  "Under Resolution 2231 and Article 5.",
  "It lasted three years over 20 km.",
  "The meeting began at 10:30.",
  "It held 500 pounds of explosives.",
  "It cost 5 billion roubles.",
  "One of the officials said no one knew.",
  "The Mirage 2000 and the Type 58.",
];

describe("recogniseQuantities negatives", () => {
  it.each(NEGATIVE)("%s", (text) => {
    expect(quantitiesIn(text).map((q) => q.text)).toEqual([]);
  });
});

describe("pathological input", () => {
  // Texts can be 50 MB and a line can hold 100,000 commas: every reader must stay linear.
  it.each([
    ["a list of 100,000 commas", "1,".repeat(100_000)],
    ["one 400,000-character number", `1${",000".repeat(100_000)}`],
    ["20,000 coordinated calibres", "152mm and ".repeat(20_000)],
    ["20,000 qualifiers with no number", "more than ".repeat(20_000)],
    ["20,000 cues with no date", "since ".repeat(20_000)],
  ])("%s", (_name, text) => {
    const started = performance.now();
    const found = entityMentions(text);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(found.every((m) => m.kind !== "quantity" || Number.isFinite(m.value ?? 0))).toBe(true);
  });
});
