// Factuality as the source commits to it, and status from verb form and markers.
import { describe, expect, it } from "vitest";
import { summaries } from "./run.js";

const CASES: Array<[string, string, string[]]> = [
  [
    "suspect is probable",
    "[US:US] officials suspect [IR:Iran] of supplying [item:drone:drones] to [RU:Russia].",
    ["transfer IR>RU [drone] ongoing PR+ government/US"],
  ],
  [
    "nested pronoun speaker keeps the hedge",
    "[FR:French] officials said they suspect [IR:Iran] of sending [item:drone:drones] to [RU:Russia].",
    ["transfer IR>RU [drone] delivered PR+ government/FR"],
  ],
  [
    "likely to receive is probable and planned",
    "Analysts said [RU:Russia] is likely to receive [IR:Iranian] [item:missile.ballistic:ballistic missiles].",
    ["transfer IR>RU [missile.ballistic] planned PR+ research/-"],
  ],
  [
    "may is possible",
    "[IR:Iran] may have sent [item:drone:drones] to [RU:Russia].",
    ["transfer IR>RU [drone] delivered PS+ author/-"],
  ],
  [
    "reportedly in the author's voice",
    "[IR:Iran] reportedly shipped [item:drone:drones] to [RU:Russia].",
    ["transfer IR>RU [drone] delivered PR+ author/-"],
  ],
  [
    "headline-like agentless passive",
    "[RU:Moscow] suspected of buying [item:drone:drones] from [IR:Tehran].",
    ["transfer IR>RU [drone] delivered PR+ author/-"],
  ],
  [
    "did not is a negation",
    "[CN:China] did not send [item:arms:weapons] to [RU:Russia], its foreign ministry said.",
    ["transfer CN>RU [arms] unknown CT- government/-"],
  ],
  [
    "cancelled deal is planned and negative",
    "[RU:Russia] cancelled plans to sell [item:air_defense:S-300 systems] to [IR:Iran].",
    ["transfer RU>IR [air_defense] planned CT- author/-"],
  ],
  [
    "concern is possible",
    "[US:Washington] expressed concern that [CN:China] is supplying [item:equipment:components] to [RU:Russia].",
    ["transfer CN>RU [equipment] ongoing PS+ government/US"],
  ],
  [
    "continues to is ongoing",
    "[IR:Iran] continues to send [item:drone:drones] to [RU:Russia].",
    ["transfer IR>RU [drone] ongoing CT+ author/-"],
  ],
  [
    "agreed to send is planned, the holder's claim",
    "[DE:Berlin] agreed to send [item:armored_vehicle.tank:tanks] to [UA:Kyiv].",
    ["transfer DE>UA [armored_vehicle.tank] planned CT+ government/DE"],
  ],
  [
    "seized shipment is interdicted",
    "[US:US] forces seized [item:missile:missiles] shipped from [IR:Iran] to [YE:Yemen].",
    ["transfer IR>YE [missile] interdicted CT+ author/-"],
  ],
  [
    "conditional relative clause keeps the host's hedge",
    "Ministers might soon approve a fund, most of which would go to buying [item:ammunition:shells] from [PL:Polish] firms for [MD:Moldova].",
    ["transfer PL>- [ammunition] planned PS+ author/-"],
  ],
  [
    "plain relative clause keeps its own commitment",
    "Ministers might soon meet in [PL:Warsaw], which sent [item:armored_vehicle.tank:tanks] to [UA:Ukraine] last year.",
    ["transfer ->UA [armored_vehicle.tank] delivered CT+ author/-"],
  ],
];

describe("factuality and status", () => {
  it.each(CASES)("%s", (_name, marked, expected) => {
    expect(summaries(marked)).toEqual(expected);
  });
});
