// Item mentions that name no goods handed over: attacks named by their weapon, what the items are
// meant for, and technology that describes an item before it.
import { describe, expect, it } from "vitest";
import { claimsOf, summaries } from "./run.js";

const CASES: Array<[string, string, string[]]> = [
  [
    "a weapon word before an attack noun is no item",
    "[CN:China] sold [item:drone:drones] to [MM:Myanmar] to guide [item:missile:missile] strikes.",
    ["transfer CN>MM [drone] delivered CT+ author/-"],
  ],
  [
    "an item after for and another item is its purpose",
    "[BY:Belarus] sent [item:ammunition.rocket:rockets] for the [item:artillery.mlrs:Grad launchers] to [RU:Russia].",
    ["transfer BY>RU [ammunition.rocket] delivered CT+ author/-"],
  ],
  [
    "a purpose over several mentions is dropped whole",
    "[BY:Belarus] sent [item:ammunition.artillery:shells] for its [item:artillery.howitzer:D-30] [item:artillery.howitzer:howitzers] to [RU:Russia].",
    ["transfer BY>RU [ammunition.artillery] delivered CT+ author/-"],
  ],
  [
    "technology after an item and outside its list describes it",
    "[IR:Iran] shipped [item:drone:drones] to [RU:Russia] in the family of [item:technology:technologies] it owns.",
    ["transfer IR>RU [drone] delivered CT+ author/-"],
  ],
  [
    "technology before more items with no purpose word stays",
    "[US:Washington] will give [UA:Kyiv] [item:intelligence:intelligence sharing], [item:technology:cyber tools] and many more [item:missile:missiles].",
    ["transfer US>UA [intelligence,technology,missile] planned CT+ author/-"],
  ],
  [
    "technology listed with an item stays",
    "[IR:Iran] shipped [item:drone:drones] and [item:technology:technology] to [RU:Russia].",
    ["transfer IR>RU [drone,technology] delivered CT+ author/-"],
  ],
  [
    "of which breaks down the same object",
    "[JP:Japan] pledged [qty:900:exact:USD:$900m] in support to [PH:Manila], of which [qty:300:exact:USD:$300m] is for [item:arms:military aid] and the rest [item:economic:food aid].",
    ["transfer JP>PH [arms,economic] planned CT+ government/JP"],
  ],
  [
    "a consequence clause names no goods of the verb",
    "[DE:Berlin] agreed to send [item:armored_vehicle.tank:tanks] to [UA:Kyiv], prompting a firm to offer a bounty to the first [item:personnel:soldier] to hit one.",
    ["transfer DE>UA [armored_vehicle.tank] planned CT+ government/DE"],
  ],
  [
    "a trade noun with only civilian goods is commerce",
    "[RU:Russia] gains market share with [item:economic:oil] exports to [IN:India].",
    [],
  ],
  [
    "a trade noun with weapons is a transfer",
    "[RU:Russia] gains influence with [item:arms:arms] exports to [IN:India].",
    ["transfer ->IN [arms] delivered CT+ author/-"],
  ],
  [
    "bare equipment said to have military uses is dual-use goods",
    "[CN:Beijing] provided [item:arms:equipment] to [RU:Russia] that might have military applications.",
    ["transfer CN>RU [equipment] delivered CT+ author/-"],
  ],
  [
    "bare equipment alone stays arms",
    "[CN:Beijing] provided [item:arms:equipment] to [RU:Russia].",
    ["transfer CN>RU [arms] delivered CT+ author/-"],
  ],
  [
    "foreign-made goods seen somewhere: the maker supplies, the user stays unnamed",
    "[IR:Iran] sold [item:drone:drones] to [RU:Russia]. [IR:Iranian]-made [item:ammunition:munitions] and [item:drone:drones] have appeared in [UA:Ukraine].",
    [
      "transfer IR>RU [drone] delivered CT+ author/-",
      "transfer IR>- [ammunition,drone] delivered CT+ author/-",
    ],
  ],
  [
    "goods of no named make seen somewhere give nothing",
    "Old [item:ammunition:munitions] have appeared in [UA:Ukraine].",
    [],
  ],
];

describe("item mentions that name no goods", () => {
  it.each(CASES)("%s", (_name, marked, expected) => {
    expect(summaries(marked)).toEqual(expected);
  });

  it("puts a value after its item on that item", () => {
    const [c] = claimsOf(
      "[US:Washington] will offer [item:arms:military aid] worth [qty:800000000:exact:USD:$800m] to [TW:Taiwan].",
    );
    expect(c!.items.map((i) => i.quantity?.value)).toEqual([800000000]);
  });
});
