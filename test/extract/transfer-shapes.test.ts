// Transfer shapes, one made-up sentence each: the claim summary, then the trigger and role spans.
import { describe, expect, it } from "vitest";
import { claimsOf, roleTexts, summaries, triggerText } from "./run.js";

const TRANSFERS: Array<[string, string, string[]]> = [
  [
    "active give",
    "[IR:Iran] shipped [item:drone:drones] to [RU:Russia] in spring.",
    ["transfer IR>RU [drone] delivered CT+ author/-"],
  ],
  [
    "active give with the recipient first",
    "[US:Washington] provided [UA:Kyiv] with [item:armored_vehicle.tank:tanks].",
    ["transfer US>UA [armored_vehicle.tank] delivered CT+ author/-"],
  ],
  [
    "passive with a by-agent",
    "[item:missile.cruise:Cruise missiles] were delivered to [UA:Ukraine] by [GB:Britain].",
    ["transfer GB>UA [missile.cruise] delivered CT+ author/-"],
  ],
  [
    "passive with a demonym origin",
    "[qty:500:at_least:At least 500] [BY:Belarusian] [item:armored_vehicle.tank:tanks] have been sent to [RU:Russia].",
    ["transfer BY>RU [armored_vehicle.tank] delivered CT+ author/-"],
  ],
  [
    "reduced relative",
    "Officials found [item:drone:drones] sent to [RU:Russia] by [IR:Iran].",
    ["transfer IR>RU [drone] delivered CT+ author/-"],
  ],
  [
    "receive from",
    "[SY:Syria] bought [item:air_defense:air defence systems] from [RU:Russia].",
    ["transfer RU>SY [air_defense] delivered CT+ author/-"],
  ],
  [
    "nominal with possessive supplier",
    "[CN:China]'s supply of [item:equipment:microchips] to [RU:Russia] grew.",
    ["transfer CN>RU [equipment] delivered CT+ author/-"],
  ],
  [
    "nominal with items before the noun",
    "[item:arms:Arms] deliveries from [IR:Iran] to [YE:Yemen] grew.",
    ["transfer IR>YE [arms] delivered CT+ author/-"],
  ],
  [
    "coordinated suppliers give one claim each",
    "[US:The United States] and [DE:Germany] sent [item:armored_vehicle.tank:tanks] to [UA:Ukraine].",
    [
      "transfer US>UA [armored_vehicle.tank] delivered CT+ author/-",
      "transfer DE>UA [armored_vehicle.tank] delivered CT+ author/-",
    ],
  ],
  [
    "ongoing progressive",
    "[BY:Minsk] is supplying [item:ammunition:ammunition] to [RU:Moscow].",
    ["transfer BY>RU [ammunition] ongoing CT+ author/-"],
  ],
  [
    "planned future",
    "[NO:Norway] will send [item:aircraft.fighter:fighter jets] to [UA:Ukraine].",
    ["transfer NO>UA [aircraft.fighter] planned CT+ author/-"],
  ],
  [
    "offer is a planned transfer, claimed by whoever offers",
    "[RU:Russia] offered [item:aircraft.fighter:fighter jets] to [ML:Mali].",
    ["transfer RU>ML [aircraft.fighter] planned CT+ government/RU"],
  ],
  [
    "use implies supply (passive)",
    "[IR:Iranian] [item:drone:drones] used by [RU:Russian] troops hit the city.",
    ["transfer IR>RU [drone] delivered CT+ author/-"],
  ],
  [
    "use implies supply (active)",
    "[RU:Russia] fired [KP:North Korean] [item:missile.srbm:KN-23 missiles] at the city.",
    ["transfer KP>RU [missile.srbm] delivered CT+ author/-"],
  ],
  [
    "in exchange for reverses the direction",
    "[RU:Russia] bought [item:drone:drones] from [IR:Iran] in exchange for [item:aircraft.fighter:fighter jets].",
    [
      "transfer IR>RU [drone] delivered CT+ author/-",
      "transfer RU>IR [aircraft.fighter] unknown CT+ author/-",
    ],
  ],
  [
    "lavish puts the recipient after on",
    "[FR:France] lavished [item:ammunition:shells] on [UA:Ukraine] last winter.",
    ["transfer FR>UA [ammunition] delivered CT+ author/-"],
  ],
  [
    "on is not a recipient for other verbs",
    "[FR:France] sent [item:ammunition:shells] on behalf of [UA:Ukraine] last winter.",
    ["transfer FR>- [ammunition] delivered CT+ author/-"],
  ],
  [
    "using: the user is the subject, not the object's adjective",
    "[UA:Ukraine] on Monday struck [RU:Russian] territory using [GB:British] [item:arms:weapons].",
    ["transfer GB>UA [arms] delivered CT+ author/-"],
  ],
  [
    "using: no near subject gives no user",
    "[RU:Moscow] protested the remarks about [UA:Ukraine]'s right to strike [RU:Russian] territory using [GB:British] [item:arms:weapons].",
    [],
  ],
  [
    "using: a body of state before it is the user",
    "[RU:Russian] pilots attacked the city using [IR:Iranian] [item:drone:drones].",
    ["transfer IR>RU [drone] delivered CT+ author/-"],
  ],
  [
    "a package that also included assistance for others",
    "[FR:France] sent [item:arms:weapons] to [UA:Ukraine] in a bill that also included assistance for [MD:Moldova] and [GE:Georgia].",
    [
      "transfer FR>UA [arms] delivered CT+ author/-",
      "transfer FR>MD [arms] delivered CT+ author/-",
      "transfer FR>GE [arms] delivered CT+ author/-",
    ],
  ],
  [
    "included with no aid word adds no recipient",
    "[FR:France] sent [item:arms:weapons] to [UA:Ukraine] in a bill that also included tariffs for [MD:Moldova].",
    ["transfer FR>UA [arms] delivered CT+ author/-"],
  ],
];

describe("transfer shapes", () => {
  it.each(TRANSFERS)("%s", (_name, marked, expected) => {
    expect(summaries(marked)).toEqual(expected);
  });

  it("marks trigger, supplier, recipient and items", () => {
    const marked = "[IR:Iran] shipped [item:drone:drones] to [RU:Russia] in spring.";
    const [c] = claimsOf(marked);
    expect(triggerText(marked, c!)).toBe("shipped");
    expect(roleTexts(marked, c!, "supplier")).toEqual(["Iran"]);
    expect(roleTexts(marked, c!, "recipient")).toEqual(["Russia"]);
    expect(roleTexts(marked, c!, "item")).toEqual(["drones"]);
    expect(c!.explain.rule).toBe("transfer-give");
    expect(c!.evidence.text).toBe("Iran shipped drones to Russia in spring.");
  });

  it("attaches a quantity to the item it counts", () => {
    const [c] = claimsOf(
      "[BY:Belarus] sent [qty:2000:more_than:more than 2,000] [item:ammunition.artillery:shells] to [RU:Russia].",
    );
    expect(c!.items).toEqual([
      {
        category: "ammunition.artillery",
        text: "shells",
        quantity: { value: 2000, unit: "items", qualifier: "more_than" },
      },
    ]);
  });

  it("gives a total with no umbrella to every item of the list", () => {
    const [c] = claimsOf(
      "[KP:Pyongyang] shipped [qty:300:exact:containers:300 containers] of [item:arms:equipment] and [item:ammunition:munitions] to [RU:Russia].",
    );
    expect(c!.items.map((i) => i.quantity?.unit)).toEqual(["containers", "containers"]);
  });

  it("joins a list broken by translation debris", () => {
    const [c] = claimsOf(
      "[IR:Iran] sent [item:drone:drones] and [item:missile:missiles] to [RU:Russia]. , [item:artillery.mortar:mortars] and [item:artillery.howitzer:howitzers].",
    );
    expect(c!.items.map((i) => i.category)).toEqual([
      "drone",
      "missile",
      "artillery.mortar",
      "artillery.howitzer",
    ]);
  });

  it("takes the domain of technology or help aimed at it", () => {
    expect(
      summaries(
        "[CN:China] will provide [item:technology:technology] to launch [item:space:satellites] to [IR:Iran].",
      ),
    ).toEqual(["transfer CN>IR [space] planned CT+ author/-"]);
    expect(
      summaries(
        "[CN:China] sold [item:technology:technology] and [item:equipment:machine tools] to [RU:Russia].",
      ),
    ).toEqual(["transfer CN>RU [technology,equipment] delivered CT+ author/-"]);
  });
});
