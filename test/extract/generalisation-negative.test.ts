// Passages with the trigger words of the claim rules that assert no arms claim (or a claim of
// another shape): nothing may be invented from them. One behaviour per case.
import { describe, expect, it } from "vitest";
import { summaries } from "./run.js";

const NO_CLAIM: Array<[string, string]> = [
  ["delivered a speech", "The president of [FR:France] delivered a speech in [DE:Berlin] on Tuesday."],
  ["sent a delegation", "[JP:Japan] sent a delegation to [KR:Seoul] for the trade fair."],
  ["provided details", "The [CN:Chinese] embassy provided details about the visa rules."],
  ["supplied evidence", "[DE:Germany] supplied evidence to investigators in [NL:the Netherlands]."],
  ["the strikes on a capital", "Residents described the strikes on [UA:Kyiv] as the worst in months."],
  ["urged calm", "The [org:international_org:-:United Nations] urged calm in [SD:Sudan]."],
  ["accused the opposition of lying", "The [VE:Venezuelan] government accused the opposition of lying."],
  ["sports", "[BR:Brazil] beat [AR:Argentina] 2-1 in Buenos Aires on Sunday."],
  ["weather", "Heavy snow hit [PL:Poland] and snowstorms reached [LT:Lithuania]."],
  [
    "hypothetical: would violate",
    "Any [item:arms:arms] sale to [KP:North Korea] would violate the resolutions.",
  ],
  [
    "hypothetical: if X sent",
    "If [IR:Iran] sent [item:missile:missiles] to [RU:Russia], [FR:France] would respond with sanctions.",
  ],
  ["question: would X supply", "Would [CN:China] supply [item:arms:weapons] to [RU:Russia]?"],
  ["question: will X send", "Will [DE:Germany] send [item:armored_vehicle.tank:tanks] to [UA:Ukraine]?"],
  ["a state's own troops found dead", "[RU:Russian] [item:personnel:troops] were found dead near the town."],
  [
    "a state's own troops found near a place",
    "[RU:Russian] [item:personnel:troops] were found near the town.",
  ],
  ["possession is not supply", "[UA:Ukraine] has three [US:American] [item:air_defense:Patriot systems]."],
  ["a test is not a transfer", "[RU:Russia] tested a new [item:missile:hypersonic missile]."],
  ["production is not a transfer", "[IR:Iran] produces [item:drone:drones] at a factory near [IR:Tehran]."],
  [
    "deploying one's own weapons abroad",
    "[FR:France] deployed its own [item:aircraft.fighter:fighter jets] to [EE:Estonia].",
  ],
  [
    "shooting down is not use",
    "[UA:Ukrainian] forces shot down [IR:Iranian]-made [item:drone:drones] over the city.",
  ],
  [
    "destroying is not use",
    "[UA:Ukraine] destroyed [RU:Russian] [item:armored_vehicle.tank:tanks] near the river.",
  ],
  [
    "urging a stop asks for no goods",
    "The [org:international_org:-:UN] urged [RU:Russia] to stop its attacks.",
  ],
  ["urging an approval of membership", "[SE:Sweden] urged [TR:Turkey] to approve its membership."],
  ["speculation is no condemnation", "Experts called the report speculation."],
  ["a productive label is no condemnation", "[TR:Turkey] called the plan productive."],
  ["a label for an unnamed target", "[RU:Russia] called the claims a provocation by the West."],
  ["condemning an unnamed party", "[RU:Russia] condemned the sanctions imposed by the West."],
  ["sent condolences", "[PL:Poland] sent its condolences to [TR:Turkey] after the earthquake."],
  ["firefighters", "[ES:Spain] sent firefighters to [GR:Greece] to fight wildfires."],
  ["passengers", "The airline delivered passengers to [EG:Cairo] on time."],
  [
    "a participle of showing with no presenter stays without a frame and no use",
    "A video showing [RU:Russian] [item:personnel:troops] in [UA:Ukraine] spread online.",
  ],
];

describe("generalisation: no claim invented", () => {
  it.each(NO_CLAIM)("%s", (_name, marked) => {
    expect(summaries(marked)).toEqual([]);
  });

  it("historical background between named states is still a claim (annotation guide)", () => {
    expect(
      summaries("The [SU:Soviet Union] supplied [item:armored_vehicle.tank:tanks] to [EG:Egypt] in 1973."),
    ).toEqual(["transfer SU>EG [armored_vehicle.tank] delivered CT+ author/-"]);
  });

  it("talks called productive are still a meeting, but no condemnation", () => {
    expect(summaries("[TR:Turkey] called the talks with [GR:Greece] productive.")).toEqual([
      "meeting TR+GR unknown CT+ author/-",
    ]);
  });

  it("a negation before the verb is a denial, not a delivery", () => {
    expect(
      summaries("[NO:Norway] never delivered [item:aircraft.fighter:fighter jets] to [UA:Ukraine]."),
    ).toEqual(["transfer NO>UA [aircraft.fighter] unknown CT- author/-"]);
  });
});
