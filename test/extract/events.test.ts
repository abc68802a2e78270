// Requests, meetings, condemnations and denials, one made-up sentence per shape.
import { describe, expect, it } from "vitest";
import { claimsOf, roleTexts, summaries } from "./run.js";

const EVENTS: Array<[string, string, string[]]> = [
  [
    "request from a named supplier",
    "[IR:Iran] is seeking [item:aircraft.fighter:fighter jets] from [RU:Russia].",
    ["request RU>IR [aircraft.fighter] unknown CT+ author/-"],
  ],
  [
    "request naming the one asked as origin",
    "[KP:North Korea] wants [RU:Russian] [item:technology:technology] for its [item:space:satellites].",
    ["request RU>KP [space] unknown CT+ author/-"],
  ],
  [
    "stated need addressed to no one",
    "[UA:Ukraine] needs [item:air_defense:air defence systems].",
    ["request ->UA [air_defense] unknown CT+ author/-"],
  ],
  [
    "wish to receive",
    "[IR:Tehran] wants to receive [item:aircraft.fighter:fighter jets] from [RU:Moscow].",
    ["request RU>IR [aircraft.fighter] unknown CT+ author/-"],
  ],
  [
    "meeting between two leaders",
    "[person:CN:Xi Jinping] met [person:RU:Vladimir Putin] in [RU:Moscow].",
    ["meeting CN+RU unknown CT+ author/-"],
  ],
  [
    "visit to a capital",
    "[person:RU:Sergei Lavrov] arrived in [KP:Pyongyang] on a visit.",
    ["meeting RU+KP unknown CT+ author/-"],
  ],
  [
    "summit noun with two parties",
    "The summit between [IR:Iran] and [RU:Russia] ended.",
    ["meeting IR+RU unknown CT+ author/-"],
  ],
  [
    "summoning an ambassador",
    "[RU:Moscow] summoned the [GB:British] ambassador.",
    ["meeting RU+GB unknown CT+ author/-"],
  ],
  [
    "multilateral gathering is no meeting",
    "[person:US:Joe Biden] met leaders of [FR:France], [DE:Germany] and [IT:Italy].",
    [],
  ],
  [
    "condemnation by each condemner, and the condemned transfer",
    "[FR:France] and [DE:Germany] condemned [IR:Iran]'s supply of [item:drone:drones] to [RU:Russia].",
    [
      "transfer IR>RU [drone] delivered CT+ government/FR",
      "transfer IR>RU [drone] delivered CT+ government/DE",
      "condemnation >IR unknown CT+ government/FR",
      "condemnation >IR unknown CT+ government/DE",
    ],
  ],
  [
    "denial of an earlier accusation",
    "[BY:Belarus] sent [item:ammunition:ammunition] to [RU:Russia], officials said. Both [BY:Belarus] and [RU:Russia] denied the reports.",
    [
      "transfer BY>RU [ammunition] delivered CT+ government/-",
      "transfer BY>RU [arms] unknown CT- government/BY",
      "transfer BY>RU [arms] unknown CT- government/RU",
    ],
  ],
  [
    "denial with its own content",
    "[IR:Iran] denied sending [item:drone:drones] to [RU:Russia].",
    ["transfer IR>RU [drone] unknown CT- government/IR"],
  ],
];

describe("events", () => {
  it.each(EVENTS)("%s", (_name, marked, expected) => {
    expect(summaries(marked).sort()).toEqual([...expected].sort());
  });

  it("marks condemner and target", () => {
    const marked = "[FR:France] condemned [IR:Iran]'s supply of [item:drone:drones] to [RU:Russia].";
    const c = claimsOf(marked).find((x) => x.type === "condemnation")!;
    expect(roleTexts(marked, c, "target")).toEqual(["Iran"]);
    expect(roleTexts(marked, c, "source")).toEqual(["France"]);
    expect(c.explain.rule).toBe("condemnation");
  });

  it("gives meeting participants as state codes", () => {
    const [c] = claimsOf("[person:CN:Xi Jinping] met [person:RU:Vladimir Putin] in [RU:Moscow].");
    expect(c!.participants).toEqual(["CN", "RU"]);
  });
});
