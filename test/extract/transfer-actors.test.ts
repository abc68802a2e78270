// Actors outside the usual slots of a transfer frame: unnamed members of a list, one-state
// anaphors as objects, the one addressed before an infinitive, a "from" source, and the subject
// of an accusation that a help verb opens.
import { describe, expect, it } from "vitest";
import { summaries } from "./run.js";

const CASES: Array<[string, string, string[]]> = [
  [
    "an unnamed member of a supplier list gives a null supplier besides the named one",
    "[CA:Canada] and the West have sent [item:arms:weapons] to [MD:Moldova].",
    ["transfer CA>MD [arms] delivered CT+ author/-", "transfer ->MD [arms] delivered CT+ author/-"],
  ],
  [
    "a one-state anaphor as object is not the subject of its clause",
    "[SY:Syria] watched. After talks with [IR:Tehran], [RU:Moscow] is providing the sanctioned nation with [item:technology:technology].",
    ["transfer RU>IR [technology] ongoing CT+ author/-"],
  ],
  [
    "a one-state anaphor as subject is the state named last",
    "Talks with [IR:Iran] stalled, so the sanctioned nation sent [item:drone:drones] to [VE:Venezuela].",
    ["transfer IR>VE [drone] delivered CT+ author/-"],
  ],
  [
    "the one turned to before an infinitive of receiving supplies",
    "[ET:Ethiopia] has turned to [TR:Turkey] and [AE:the Emirates] to buy [item:drone:drones].",
    ["transfer TR>ET [drone] planned CT+ author/-", "transfer AE>ET [drone] planned CT+ author/-"],
  ],
  [
    "a preposition other than to or on before the group names no supplier",
    "[ET:Ethiopia] has spoken about [TR:Turkey] to buy [item:drone:drones].",
    ["transfer ->ET [drone] planned CT+ author/-"],
  ],
  [
    "a give verb with no coded subject takes its source after from",
    "The defence ministry will send a package of [item:arms:equipment] from [NO:Norway] to [FI:Finland].",
    ["transfer NO>FI [arms] planned CT+ author/-"],
  ],
  [
    "companies accused of helping a state acquire goods supply it",
    "Firms in [IN:India] and [TH:Thailand] were accused of helping [RU:Russia] acquire [item:equipment:microchips].",
    ["transfer IN>RU [equipment] planned PR+ author/-", "transfer TH>RU [equipment] planned PR+ author/-"],
  ],
  [
    "items that come from a state, with a list after a colon; the recipient from the article",
    "[IR:Iran] sent [item:arms:weapons] to [YE:Yemen]. These [item:arms:arms] come from [IR:Iran]: [item:drone:drones] and [item:missile.cruise:cruise missiles].",
    [
      "transfer IR>YE [arms] delivered CT+ author/-",
      "transfer IR>YE [arms,drone,missile.cruise] ongoing CT+ author/-",
    ],
  ],
  [
    "with no transfer to learn from, the state shown using weapons receives",
    "Officials fear [SD:Sudan] uses foreign-made [item:drone:drones]. Crowds saw [EG:Egyptian]-supplied [item:ammunition.artillery:shells] in the square.",
    ["transfer EG>SD [ammunition.artillery] delivered CT+ author/-"],
  ],
  [
    "an aside set off by commas between subject and verb",
    "[NO:Norway], after weeks of debate, finally approved [item:armored_vehicle.tank:tanks] for [UA:Ukraine].",
    ["transfer NO>UA [armored_vehicle.tank] planned CT+ government/NO"],
  ],
  [
    "a helper named far before the help verb is not its subject",
    "The rules target [RU:Russia]'s industry, its banks and firms in third countries that help [RU:Russia] acquire [item:arms:weapons parts].",
    ["transfer ->RU [arms] ongoing CT+ author/-"],
  ],
  [
    "a helper right before the help verb supplies",
    "Firms in [TR:Turkey] that help [RU:Russia] acquire [item:equipment:microchips] were fined.",
    ["transfer TR>RU [equipment] ongoing CT+ author/-"],
  ],
  [
    "a verb form after an article and an adjective is a noun",
    "There is a new supply line to [AF:Afghanistan] and a plan to ship [item:arms:arms] there.",
    [],
  ],
  [
    "a demonym right after the verb is the items' maker, not a double-object recipient",
    "It was agreed in the [FR:French] interest not to sell [RU:Russian] [item:aircraft.fighter:jets] to [IN:India].",
    ["transfer RU>IN [aircraft.fighter] unknown CT- author/-"],
  ],
  [
    "for a state to give: the state is the infinitive's subject",
    "The law makes it easier for the [US:US] to provide [item:arms:weapons] to [TW:Taiwan].",
    ["transfer US>TW [arms] planned CT+ author/-"],
  ],
  [
    "its before a nominal transfer is the actor named last; proxies are an unnamed recipient",
    "[SA:Riyadh] sent [item:arms:arms] to [YE:Yemen]. Leaders agreed on sanctions on [IR:Iran] to target its [item:drone:drone] deliveries to proxies in the region.",
    ["transfer SA>YE [arms] delivered CT+ author/-", "transfer IR>- [drone] delivered CT+ author/-"],
  ],
];

describe("transfer actors outside the frame slots", () => {
  it.each(CASES)("%s", (_name, marked, expected) => {
    expect(summaries(marked)).toEqual(expected);
  });
});
