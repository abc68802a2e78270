// Request shapes: the speaker's own need, a request named in an appositive, urging for oneself
// (a request) or for a third party (lobbying: nothing), and words that look like requests but
// ask for no thing.
import { describe, expect, it } from "vitest";
import { summaries } from "./run.js";

const CASES: Array<[string, string, string[]]> = [
  [
    "the speaker's country's need",
    "[person:AM:Ararat Mirzoyan] stressed his country's need for [item:air_defense:air defence systems].",
    ["request ->AM [air_defense] unknown CT+ government/AM"],
  ],
  [
    "a request named in an appositive",
    "The shipment holds [item:ammunition.artillery:artillery shells], one of [AM:Armenia]'s top requests.",
    ["request ->AM [ammunition.artillery] unknown CT+ author/-"],
  ],
  [
    "a passive request: the items' origin is asked, the one after 'by' asks",
    "[IR:Iranian] [item:drone:drones], long sought by [RU:Moscow], are scarce.",
    ["request IR>RU [drone] unknown CT+ author/-"],
  ],
  [
    "a passive request whose items belong to the actor before 'whose'",
    "They praised [AM:Armenia], whose [item:arms:military assistance] is badly needed by [IR:Tehran].",
    ["request AM>IR [arms] unknown CT+ author/-"],
  ],
  [
    "seeking to do something asks for no thing",
    "[AZ:Baku] could seek to move beyond [item:arms:conventional weapons].",
    [],
  ],
  [
    "a side's needs are no request",
    "[AM:Armenia] will meet its military needs with [item:economic:loans].",
    [],
  ],
  [
    "urging a supplier for oneself is a request",
    "[AM:Armenia] urged [FR:France] to send more [item:armored_vehicle:armoured vehicles].",
    ["request FR>AM [armored_vehicle] unknown CT+ author/-"],
  ],
  [
    "urging for a third party is lobbying, not a claim",
    "[FR:France] urged [DE:Germany] to send [item:armored_vehicle.tank:tanks] to [AM:Armenia].",
    [],
  ],
  [
    "a cause asks nothing: the one prompted supplies",
    "[AZ:Azerbaijan] launched an offensive, prompting [FR:France] to send [item:arms:weapons] to [AM:Armenia].",
    ["transfer FR>AM [arms] planned CT+ author/-"],
  ],
];

describe("request shapes", () => {
  it.each(CASES)("%s", (_name, marked, expected) => {
    expect(summaries(marked).sort()).toEqual([...expected].sort());
  });

  it("takes the urging speaker as the asker when the urging has no subject", () => {
    const marked =
      "[person:AM:Ararat Mirzoyan] said he thanked [FR:France] but urged [US:Washington] to approve the [item:economic:funding package].";
    expect(summaries(marked)).toContain("request US>AM [economic] unknown CT+ government/AM");
  });

  it("asks for what the package told before holds", () => {
    const marked =
      "[US:Washington] plans to send [item:arms:weapons] to [AM:Armenia]. [person:AM:Ararat Mirzoyan] said he urged [US:Washington] to approve the [item:economic:funding package].";
    expect(summaries(marked)).toContain("request US>AM [arms] unknown CT+ government/AM");
  });
});
