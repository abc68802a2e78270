// Condemnation shapes: labels, kinds with an inclusion, objects that point back to an act told
// before, regret and warnings, first-person statements; and visits named by their parties.
import { describe, expect, it } from "vitest";
import { summaries } from "./run.js";

const CASES: Array<[string, string, string[]]> = [
  [
    "labelling the strikes a crime condemns their author",
    "[AM:Armenia] shelled a border village. Two people were hurt, officials said. [person:AZ:Jeyhun Bayramov] called the strikes an act of barbarism.",
    ["condemnation >AM unknown CT+ government/AZ"],
  ],
  [
    "a label with a named object",
    "[NO:Norway] branded [BY:Belarus]'s drills an unacceptable provocation.",
    ["condemnation >BY unknown CT+ government/NO"],
  ],
  ["a plain description is no condemnation", "[NO:Norway] called the plan of [SE:Sweden] useful.", []],
  [
    "a kind of country condemned, with an inclusion",
    "[EG:Egypt] condemned all countries arming the rebels, including [LY:Libya].",
    ["condemnation >LY unknown CT+ government/EG"],
  ],
  [
    "a kind of country with no one named condemns no one",
    "[EG:Egypt] condemned all countries arming the [SD:Sudanese] rebels.",
    [],
  ],
  [
    "a pointing-back object takes the last attacker",
    "[AM:Armenia] attacked a hospital on Monday. [FR:France] condemned the attack.",
    ["condemnation >AM unknown CT+ government/FR"],
  ],
  [
    "a state after 'on' in the object is the victim",
    "[FR:France] condemned the attack on [AZ:Azerbaijani] soil.",
    [],
  ],
  [
    "the agent after 'by'",
    "[FR:France] condemned the shelling of the port by [AM:Armenia].",
    ["condemnation >AM unknown CT+ government/FR"],
  ],
  [
    "the object of a verb before the condemning word is not the condemner",
    "[AZ:Baku] summoned the [FR:French] envoy in strong protest over [person:FR:Jean Sample]'s remarks.",
    ["meeting AZ+FR unknown CT+ author/-", "condemnation >FR unknown CT+ government/AZ"],
  ],
  [
    "regret over the fact that someone acted",
    "The [org:government:AZ:Foreign Ministry] expressed strong regret over the fact that [AM:Armenia] fired on its posts.",
    ["condemnation >AM unknown CT+ government/AZ"],
  ],
];

describe("condemnation shapes", () => {
  it.each(CASES)("%s", (_name, marked, expected) => {
    expect(summaries(marked).sort()).toEqual([...expected].sort());
  });

  it("reads a first-person warning in a statement as the speaker's", () => {
    const marked =
      "The foreign minister of [AZ:Azerbaijan] released the following statement:\n\nOn this occasion, I would like to give a stern warning over [person:AM:Pashinyan]'s remarks.";
    expect(summaries(marked)).toEqual(["condemnation >AM unknown CT+ government/AZ"]);
  });

  it("reads a first-person denunciation of an act told before", () => {
    const marked =
      "The defence minister of [AZ:Azerbaijan] released the following statement:\n\nThe troops of [AM:Armenia] struck a school. I denounce the recent case as an attack on [AZ:Azerbaijani] land.";
    expect(summaries(marked)).toContain("condemnation >AM unknown CT+ government/AZ");
  });
});

describe("visits named by their parties", () => {
  it("takes the visitor after 'by' and the host after 'to', not other actors in the clause", () => {
    const marked = "The visit by the [TR:Turkish] envoy to [LY:Libya] shows that [SD:Sudan] is isolated.";
    expect(summaries(marked)).toEqual(["meeting TR+LY unknown CT+ author/-"]);
  });
});
