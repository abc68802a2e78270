// Rules and refiners that read beyond one clause: package contents, statements printed in full,
// recipients known from elsewhere in the article, plans held by their holder, and urging.
import { describe, expect, it } from "vitest";
import { claimsOf, summaries } from "./run.js";

const CASES: Array<[string, string, string[]]> = [
  [
    "package contents continue the last transfer",
    "[NO:Norway] pledged a new [item:arms:military aid package] to [UA:Ukraine]. The package includes [item:naval:patrol boats] and [item:drone:drones].",
    [
      "transfer NO>UA [arms] planned CT+ government/NO",
      "transfer NO>UA [naval,drone] planned CT+ government/NO",
    ],
  ],
  [
    "a statement printed in full is its speaker's",
    "The foreign ministry of [BY:Belarus] released the following statement:\n\n[US:Washington] keeps shipping [item:arms:weapons] to [UA:Kyiv].",
    ["transfer US>UA [arms] ongoing CT+ government/BY"],
  ],
  [
    "recipient taken from the supplier's other transfers",
    "[IR:Iran] sent [item:drone:drones] to [RU:Russia]. The constant supply of [IR:Iranian] [item:missile:missiles] worries analysts.",
    ["transfer IR>RU [drone] delivered CT+ author/-", "transfer IR>RU [missile] delivered CT+ author/-"],
  ],
  [
    "a plan is its holder's claim",
    "[NL:The Netherlands] and [DK:Denmark] plan to send [item:aircraft.fighter:F-16s] to [UA:Ukraine].",
    [
      "transfer NL>UA [aircraft.fighter] planned CT+ government/NL",
      "transfer DK>UA [aircraft.fighter] planned CT+ government/DK",
    ],
  ],
  [
    "the one urged would supply",
    "The invasion prompted [PL:Poland] to send [item:armored_vehicle.tank:tanks] to [UA:Ukraine].",
    ["transfer PL>UA [armored_vehicle.tank] planned CT+ author/-"],
  ],
  [
    "urging an unnamed party for oneself is a request with the supplier open",
    "[UA:Kyiv] urged its allies to send [item:air_defense:air defence systems] to [UA:Ukraine].",
    ["request ->UA [air_defense] unknown CT+ author/-"],
  ],
  [
    "a request for someone else is a planned transfer",
    "[person:US:Joe Biden] requested [qty:8000000000:exact:USD:$8bn] in [item:arms:military aid] for [UA:Ukraine].",
    ["transfer US>UA [arms] planned CT+ government/US"],
  ],
  [
    "an aid package known only by its value",
    "[US:Congress] approved [qty:61000000000:exact:USD:$61bn] for [UA:Ukraine].",
    ["transfer US>UA [arms] planned CT+ government/US"],
  ],
  [
    "a clause before the speaker is the speaker's",
    "Citing [DE:Germany]'s decision to send [item:armored_vehicle.tank:tanks] to [UA:Ukraine], the [RU:Russian] president said history repeats.",
    ["transfer DE>UA [armored_vehicle.tank] planned CT+ government/RU"],
  ],
  [
    "a reporting verb in a relative clause covers only that clause",
    "[GB:Britain]'s new funding, which officials said would come from reserves, will be used to deliver [item:drone:drones] to [UA:Ukraine].",
    ["transfer GB>UA [drone] planned CT+ author/-"],
  ],
  [
    "members of an organisation are not the organisation",
    "Some [org:international_org:org:nato:org:nato:NATO] countries providing [item:arms:weapons] to [UA:Kyiv] objected.",
    ["transfer ->UA [arms] ongoing CT+ author/-"],
  ],
  [
    "helping someone acquire is supplying",
    "Firms in [TR:Turkey] helped [RU:Russia] acquire [item:equipment:microchips].",
    ["transfer TR>RU [equipment] ongoing CT+ author/-"],
  ],
];

describe("rules that read context", () => {
  it.each(CASES)("%s", (_name, marked, expected) => {
    expect(summaries(marked)).toEqual(expected);
  });

  it("leaves an inferred recipient unhighlighted", () => {
    const [, second] = claimsOf(
      "[IR:Iran] sent [item:drone:drones] to [RU:Russia]. The constant supply of [IR:Iranian] [item:missile:missiles] worries analysts.",
    );
    const recipient = second!.explain.roles.find((r) => r.role === "recipient");
    expect(recipient?.span.start).toBe(recipient?.span.end);
  });
});
