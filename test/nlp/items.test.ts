import { describe, expect, it } from "vitest";
import { itemsIn, spanText } from "./items-context.js";

// [made-up sentence, expected [span text, category] in order]
const CASES: Array<[string, Array<[string, string]>]> = [
  // generic terms, modifier phrases take the finest category
  [
    "Officials said the shipment held missiles, ammunition and projectiles.",
    [
      ["missiles", "missile"],
      ["ammunition", "ammunition"],
      ["projectiles", "ammunition"],
    ],
  ],
  [
    "It sent short-range ballistic missiles and ballistic missiles.",
    [
      ["short-range ballistic missiles", "missile.srbm"],
      ["ballistic missiles", "missile.ballistic"],
    ],
  ],
  [
    "They asked for portable anti-aircraft missiles and anti-aircraft missiles.",
    [
      ["portable anti-aircraft missiles", "missile.manpads"],
      ["anti-aircraft missiles", "missile.air_defense"],
    ],
  ],
  [
    "The deal covered artillery, artillery shells and rocket launchers.",
    [
      ["artillery", "artillery"],
      ["artillery shells", "ammunition.artillery"],
      ["rocket launchers", "artillery.mlrs"],
    ],
  ],
  [
    "It bought military equipment and aviation equipment.",
    [
      ["military equipment", "arms"],
      ["aviation equipment", "equipment"],
    ],
  ],
  [
    "The pact mentions anti-tank missiles, shotguns, mortars and howitzers.",
    [
      ["anti-tank missiles", "missile.atgm"],
      ["shotguns", "small_arms.shotgun"],
      ["mortars", "artillery.mortar"],
      ["howitzers", "artillery.howitzer"],
    ],
  ],
  [
    "Kamikaze drones, UAVs and naval drones were listed.",
    [
      ["Kamikaze drones", "drone.loitering"],
      ["UAVs", "drone"],
      ["naval drones", "naval"],
    ],
  ],
  [
    "Troops, satellite imagery and oil were part of the exchange.",
    [
      ["Troops", "personnel"],
      ["satellite imagery", "intelligence"],
      ["oil", "economic"],
    ],
  ],
  // a domain's technology is the domain
  [
    "It seeks nuclear technology, missile technology and satellite technology.",
    [
      ["nuclear technology", "nuclear"],
      ["missile technology", "missile"],
      ["satellite technology", "space"],
    ],
  ],
  [
    "It offered space technology, drone technology, technology and know-how.",
    [
      ["space technology", "space"],
      ["drone technology", "drone"],
      ["technology", "technology"],
      ["know-how", "technology"],
    ],
  ],
  [
    "Moscow promised technological assistance for a spy satellite.",
    [
      ["technological assistance", "technology"],
      ["spy satellite", "space"],
    ],
  ],
  // spelling and hyphen variants, plurals
  [
    "They need air defense systems and air-defence systems.",
    [
      ["air defense systems", "air_defense"],
      ["air-defence systems", "air_defense"],
    ],
  ],
  [
    "Armored personnel carriers and fighter-jet parts arrived.",
    [
      ["Armored personnel carriers", "armored_vehicle.apc"],
      ["fighter-jet parts", "equipment"],
    ],
  ],
  // a modifier sharing the head of the next term
  [
    "It asked for anti-tank and anti-aircraft missiles.",
    [
      ["anti-tank", "missile.atgm"],
      ["anti-aircraft missiles", "missile.air_defense"],
    ],
  ],
  [
    "Short-range or cruise missiles, and rifles and guns.",
    [
      ["Short-range", "missile.srbm"],
      ["cruise missiles", "missile.cruise"],
      ["rifles", "small_arms.rifle"],
      ["guns", "small_arms"],
    ],
  ],
  // calibres
  [
    "The convoy carried 152mm shells and 155-mm rounds.",
    [
      ["152mm shells", "ammunition.artillery"],
      ["155-mm rounds", "ammunition.artillery"],
    ],
  ],
  [
    "They fired 122 mm rockets and a 152-millimetre shell.",
    [
      ["122 mm rockets", "ammunition.rocket"],
      ["152-millimetre shell", "ammunition.artillery"],
    ],
  ],
  [
    "Crates of 7.62mm cartridges and 120mm mortar rounds.",
    [
      ["7.62mm cartridges", "ammunition.small_arms"],
      ["120mm mortar rounds", "ammunition.mortar"],
    ],
  ],
  [
    "Stocks of 152mm and 122mm shells ran low.",
    [
      ["152mm", "ammunition.artillery"],
      ["122mm shells", "ammunition.artillery"],
    ],
  ],
  ["It moved 155mm howitzers north.", [["155mm howitzers", "artillery.howitzer"]]],
  // named systems and the heads they take along
  [
    "Launches of KN-23 and KN-24s and a Hwasong-11 were seen.",
    [
      ["KN-23", "missile.srbm"],
      ["KN-24s", "missile.srbm"],
      ["Hwasong-11", "missile.srbm"],
    ],
  ],
  [
    "Shahed-136 drones and Patriot batteries were mentioned.",
    [
      ["Shahed-136 drones", "drone.loitering"],
      ["Patriot batteries", "air_defense"],
    ],
  ],
  [
    "It pledged Leopard 2 tanks, F-16s and HIMARS ammunition.",
    [
      ["Leopard 2 tanks", "armored_vehicle.tank"],
      ["F-16s", "aircraft.fighter"],
      ["HIMARS ammunition", "ammunition.rocket"],
    ],
  ],
  [
    "Grad rockets and a Grad launcher.",
    [
      ["Grad rockets", "ammunition.rocket"],
      ["Grad launcher", "artillery.mlrs"],
    ],
  ],
  // a generic term of another domain stays its own mention
  [
    "Iron Dome interceptors ran short.",
    [
      ["Iron Dome", "air_defense"],
      ["interceptors", "missile.air_defense"],
    ],
  ],
  [
    "Storm Shadow, PzH 2000 and Su-35 jets.",
    [
      ["Storm Shadow", "missile.cruise"],
      ["PzH 2000", "artillery.howitzer"],
      ["Su-35 jets", "aircraft.fighter"],
    ],
  ],
  [
    "A Tornado-S is not a Tornado.",
    [
      ["Tornado-S", "artillery.mlrs"],
      ["Tornado", "aircraft.fighter"],
    ],
  ],
  [
    "Patriot systems arrived; Tanks followed.",
    [
      ["Patriot systems", "air_defense"],
      ["Tanks", "armored_vehicle.tank"],
    ],
  ],
];

describe("recogniseItems", () => {
  it.each(CASES)("%s", (text, expected) => {
    const items = itemsIn(text);
    expect(items.map((m) => [m.text, m.category])).toEqual(expected);
    for (const m of items) expect(spanText(text, m)).toBe(m.text);
  });

  it("names the lexicon term and the rule", () => {
    const [m] = itemsIn("The KN-23 flew.");
    expect(m).toMatchObject({ term: "kn-23", rule: "item:kn-23", start: 4, end: 9 });
  });
});

// Sentences that hold no weapon term.
const NEGATIVE = [
  "She is a true patriot.",
  "Some grad students protested; a tornado hit the town.",
  "A think tank and the Arms Trade Treaty were cited.",
  "The firm Shell reported profits.",
  "The villagers were up in arms.",
  "Intelligence officials said the talks failed.",
  "The Strategic Missile Forces held a parade.",
  "The launch failed due to technical problems.",
  "A fuel tank leaked and the arms race continued.",
  "Two think tanks and several aid workers flew by private jet.",
];

describe("recogniseItems negatives", () => {
  it.each(NEGATIVE)("%s", (text) => {
    expect(itemsIn(text).map((m) => m.text)).toEqual([]);
  });
});
