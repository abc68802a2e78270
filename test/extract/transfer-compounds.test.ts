// Suppliers and origins written inside one hyphenated word ("US-supplied", "Iranian-made"), and
// origins told by a list of demonyms or a "from" phrase after the items.
import { describe, expect, it } from "vitest";
import { summaries } from "./run.js";

const CASES: Array<[string, string, string[]]> = [
  [
    "a one-token supply compound names the supplier, the recipient comes from the article",
    "[NL:Netherlands] sent [item:arms:weapons] to [PL:Poland]. Dutch-made lorries and [NL:Dutch]-supplied [item:artillery.howitzer:howitzers] stood near the border.",
    [
      "transfer NL>PL [arms] delivered CT+ author/-",
      "transfer NL>PL [artillery.howitzer] delivered CT+ author/-",
    ],
  ],
  [
    "two compounds in one list give one supplier each",
    "The column held [FR:France]-supplied [item:missile.cruise:cruise missiles] and [DE:Germany]-supplied [item:armored_vehicle.tank:tanks].",
    [
      "transfer FR>- [missile.cruise] delivered CT+ author/-",
      "transfer DE>- [armored_vehicle.tank] delivered CT+ author/-",
    ],
  ],
  [
    "a made-in compound is the origin of a nominal transfer",
    "Analysts expect the sale of [TR:Turkish]-made [item:drone:drones] to [ML:Mali] soon.",
    ["transfer TR>ML [drone] delivered CT+ author/-"],
  ],
  [
    "a designed-by compound is no origin",
    "Analysts expect the sale of [SU:Soviet]-designed [item:drone:drones] to [ML:Mali] soon.",
    ["transfer ->ML [drone] delivered CT+ author/-"],
  ],
  [
    "both sides using foreign-made goods: the pair is the two states other than the maker",
    "[TR:Turkey] trades with [AM:Armenia] and [AZ:Azerbaijan]. Reports say both sides might be using [TR:Turkish]-made [item:drone:drones].",
    ["transfer TR>AZ [drone] delivered PS+ media/-", "transfer TR>AM [drone] delivered PS+ media/-"],
  ],
  [
    "a list of demonyms qualifies the item together",
    "[SD:Sudanese] units fired [EG:Egyptian] and [LY:Libyan] [item:ammunition.rocket:rockets].",
    [
      "transfer EG>SD [ammunition.rocket] delivered CT+ author/-",
      "transfer LY>SD [ammunition.rocket] delivered CT+ author/-",
    ],
  ],
  [
    "a used item with its origin after it",
    "[ET:Ethiopia] has also used [item:drone:drones] from [AE:the Emirates] in the north.",
    ["transfer AE>ET [drone] delivered CT+ author/-"],
  ],
  [
    "a maker told by an apposition after the item",
    "[YE:Houthi] fighters fired the [item:missile.atgm:Toophan], an [IR:Iranian] copy of an old missile.",
    ["transfer IR>YE [missile.atgm] delivered CT+ author/-"],
  ],
  [
    "a maker told by a variant noun named before the item, across a list split by semicolons",
    "[YE:Houthi] fighters used [item:drone:drones]; [item:ammunition:shells]; and an [IR:Iranian] version called the [item:missile.cruise:Quds].",
    ["transfer IR>YE [drone,ammunition,missile.cruise] delivered CT+ author/-"],
  ],
  [
    "a segment after a semicolon with a verb of its own ends the list",
    "[YE:Houthi] fighters used [item:drone:drones]; [SA:Saudi] forces fired an [IR:Iranian] version called the [item:missile.cruise:Quds].",
    ["transfer IR>SA [missile.cruise] delivered CT+ author/-"],
  ],
  [
    "a possessive list after a preposition's object and a comma starts after the comma",
    "In the second year of the war in [SD:Sudan], [AE:the Emirates] and [IR:Iran]'s [item:drone:drone] deliveries reached the army.",
    ["transfer AE>- [drone] delivered CT+ author/-", "transfer IR>- [drone] delivered CT+ author/-"],
  ],
];

describe("transfer compounds and origins", () => {
  it.each(CASES)("%s", (_name, marked, expected) => {
    expect(summaries(marked)).toEqual(expected);
  });
});
