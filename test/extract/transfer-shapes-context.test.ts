// Transfer shapes whose roles or categories come from around the verb: a hyphenated supplier,
// a gerund adjunct, bare equipment beside goods, a recipient only the article names.
import { describe, expect, it } from "vitest";
import { summaries } from "./run.js";

const CASES: Array<[string, string, string[]]> = [
  [
    "a state hyphenated to a give participle supplies",
    "Gunmen hit the depot with [US:U.S.]-supplied [item:missile.srbm:ATACMS] overnight.",
    ["transfer US>- [missile.srbm] delivered CT+ author/-"],
  ],
  [
    "a gerund adjunct takes the actor before its opener",
    "The assurances of the [NO:Norwegian] side when sending [item:missile.cruise:cruise missiles] to [SE:Sweden] were broken.",
    ["transfer NO>SE [missile.cruise] delivered CT+ author/-"],
  ],
  [
    "bare equipment beside technology is goods",
    "[NO:Norway] sold [item:technology:technology] and [item:arms:equipment] to [SE:Sweden].",
    ["transfer NO>SE [technology,equipment] delivered CT+ author/-"],
  ],
  [
    "bare equipment beside munitions stays arms",
    "[NO:Norway] sold [item:arms:equipment] and [item:ammunition:munitions] to [SE:Sweden].",
    ["transfer NO>SE [arms,ammunition] delivered CT+ author/-"],
  ],
  [
    "a recipient only the article names",
    "[SE:Sweden] is under pressure. [SE:Sweden] fears a long war. Critics in [SE:Sweden] are loud. [NO:Norway] sold [item:drone:drones].",
    ["transfer NO>SE [drone] delivered CT+ author/-"],
  ],
];

const NEGATIVES: Array<[string, string]> = [
  ["a hyphenated state with no give verb", "Gunmen hit the depot with [US:U.S.]-built trucks."],
  [
    "no clearly dominant state",
    "[SE:Sweden] and [FI:Finland] met. [FI:Finland] and [SE:Sweden] spoke. [NO:Norway] tested [item:drone:drones].",
  ],
  [
    "a gerund after an opener with no actor before",
    "When sending [item:drone:drones] abroad, firms need a licence.",
  ],
];

describe("transfer shapes read from context", () => {
  it.each(CASES)("%s", (_name, marked, expected) => {
    expect(summaries(marked).sort()).toEqual([...expected].sort());
  });
  it.each(NEGATIVES)("no transfer: %s", (_name, marked) => {
    expect(summaries(marked).filter((s) => s.startsWith("transfer"))).toEqual([]);
  });
});
