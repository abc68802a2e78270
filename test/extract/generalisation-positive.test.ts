// Paraphrases of the shapes the claim rules handle (other states, items, word order, tense and
// extra clauses), one behaviour each: the rules must read them as any analyst would.
import { describe, expect, it } from "vitest";
import { summaries } from "./run.js";

const SHAPES: Array<[string, string, string[]]> = [
  [
    "passive accusation: the sanctioning body in an earlier paragraph accuses",
    "[JP:Japan] imposed fresh sanctions against several firms on Monday.\n\nCompanies in [IN:India] were accused of helping [RU:Russia] obtain [item:equipment:microchips]. The sanctions freeze their assets.",
    ["transfer IN>RU [equipment] ongoing CT+ government/JP"],
  ],
  [
    "passive accusation: the gerund's subject is the accused, not the sanctioning accuser",
    "[GB:Britain] imposed sanctions on twelve entities this week. Firms in [TR:Turkey] were accused of supplying [item:drone:drones] to [RU:Russia].",
    ["transfer TR>RU [drone] ongoing CT+ government/GB"],
  ],
  [
    "passive accusation with no accuser: the accused supplies, the author's hearsay",
    "Firms based in [TR:Turkey] were accused of supplying [item:drone:drones] to [RU:Russia].",
    ["transfer TR>RU [drone] ongoing PR+ author/-"],
  ],
  [
    "passive accusation with an accuser after by: the accused supplies",
    "Firms in [TR:Turkey] were accused by [GB:Britain] of shipping [item:drone:drones] to [RU:Russia].",
    ["transfer TR>RU [drone] delivered CT+ government/GB"],
  ],
  [
    "records shown by a participle are their presenter's claim",
    "The [org:intelligence:US:-:US intelligence report] said [CN:China] sent [item:equipment:radars] to [RU:Russia].\n\nThe report cited trade data showing [CN:Chinese] firms shipped [item:drone:drones] to [RU:Russia].",
    [
      "transfer CN>RU [equipment] delivered CT+ intelligence/US",
      "transfer CN>RU [drone] delivered CT+ intelligence/US",
    ],
  ],
  [
    "records presented by a pronoun subject are the earlier speaker's claim",
    "A [org:intelligence:UA:-:Ukrainian intelligence assessment] said [IR:Iran] sent [item:missile:missiles] to [RU:Russia].\n\nIt cited shipping records that showed [IR:Iranian] companies delivered [item:ammunition:ammunition] to [RU:Russia].",
    [
      "transfer IR>RU [missile] delivered CT+ intelligence/UA",
      "transfer IR>RU [ammunition] delivered CT+ intelligence/UA",
    ],
  ],
  [
    "a pledge in the past tense is planned",
    "[DE:Germany] pledged [qty:40:exact:40] [item:armored_vehicle.tank:tanks] to [UA:Ukraine] on Tuesday.",
    ["transfer DE>UA [armored_vehicle.tank] planned CT+ government/DE"],
  ],
  [
    "welcomed pledges are the pledger's, and planned",
    "[NO:Norway] welcomed new pledges of [item:arms:weapons] from [DK:Denmark] to [UA:Ukraine].",
    ["transfer DK>UA [arms] planned CT+ government/DK"],
  ],
  [
    "labelling with a label other than crime: a reckless provocation",
    "[SE:Sweden] branded [RU:Russia]'s missile tests a reckless provocation.",
    ["condemnation >RU unknown CT+ government/SE"],
  ],
  [
    "labelling with described … as",
    "[LT:Lithuania] described the [BY:Belarusian] border drills as a provocation.",
    ["condemnation >BY unknown CT+ government/LT"],
  ],
  [
    "labelling an act illegal",
    "[JP:Japan] called [KP:North Korea]'s launch illegal.",
    ["condemnation >KP unknown CT+ government/JP"],
  ],
  [
    "condemnation target after by",
    "[FR:France] condemned the shelling of the city by [RU:Russia].",
    ["condemnation >RU unknown CT+ government/FR"],
  ],
  [
    "urged request for oneself with another state and item",
    "[UA:Ukraine] urged [DE:Germany] to supply more [item:air_defense:air defence systems].",
    ["request DE>UA [air_defense] unknown CT+ author/-"],
  ],
  [
    "urged approval: the plan is not the claim of the one urged, and the object is one transfer",
    "[UA:Kyiv] urged [US:Washington] to approve new [item:arms:weapons deliveries].",
    ["request US>UA [arms] unknown CT+ author/-"],
  ],
  [
    "a package addition with its own recipient",
    "[FR:France] approved [item:arms:military aid] for [UA:Ukraine], along with [item:naval:patrol boats] for [MD:Moldova].",
    ["transfer FR>UA [arms] planned CT+ government/FR", "transfer FR>MD [naval] planned CT+ government/FR"],
  ],
  [
    "compound supplier: the user of US-supplied tanks receives",
    "[IQ:Iraqi] troops used [US:US]-supplied [item:armored_vehicle.tank:tanks] in the battle.",
    ["transfer US>IQ [armored_vehicle.tank] delivered CT+ author/-"],
  ],
  [
    "weapon users: a state's troops as subject of fired",
    "[RU:Russian] troops fired [KP:North Korean] [item:missile:missiles] at the city.",
    ["transfer KP>RU [missile] delivered CT+ author/-"],
  ],
  [
    "weapon users: a state's forces as subject of launched, with an auxiliary",
    "[RU:Russian] forces have launched [IR:Iranian] [item:drone:drones] at the port.",
    ["transfer IR>RU [drone] delivered CT+ author/-"],
  ],
  [
    "actor lists of three suppliers",
    "[CA:Canada], [GB:Britain] and [FR:France] have delivered [item:artillery.howitzer:howitzers] to [UA:Ukraine].",
    [
      "transfer CA>UA [artillery.howitzer] delivered CT+ author/-",
      "transfer GB>UA [artillery.howitzer] delivered CT+ author/-",
      "transfer FR>UA [artillery.howitzer] delivered CT+ author/-",
    ],
  ],
  [
    "neither … nor denies the transfer for both",
    "Neither [DE:Germany] nor [FR:France] has sent [item:armored_vehicle.tank:tanks] to [TW:Taiwan].",
    [
      "transfer DE>TW [armored_vehicle.tank] unknown CT- author/-",
      "transfer FR>TW [armored_vehicle.tank] unknown CT- author/-",
    ],
  ],
  [
    "a negated object denies the transfer",
    "[ES:Spain] sent no [item:armored_vehicle.tank:tanks] to [TW:Taiwan].",
    ["transfer ES>TW [armored_vehicle.tank] unknown CT- author/-"],
  ],
  [
    "no more than is a quantity, not a negation",
    "[ES:Spain] sent [qty:20:up_to:no more than 20] [item:armored_vehicle.tank:tanks] to [PL:Poland].",
    ["transfer ES>PL [armored_vehicle.tank] delivered CT+ author/-"],
  ],
];

describe("generalisation: paraphrased shapes", () => {
  it.each(SHAPES)("%s", (_name, marked, expected) => {
    expect(summaries(marked)).toEqual(expected);
  });
});
