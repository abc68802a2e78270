// Requests that name the one asked between the verb and "for" (rules/request-addressed.ts).
import { describe, expect, it } from "vitest";
import { summaries } from "./run.js";

const CASES: Array<[string, string, string[]]> = [
  [
    "the asked state between the verb and 'for'",
    "[AM:Armenia] asked [FR:France] for [item:air_defense:air defence systems].",
    ["request FR>AM [air_defense] unknown CT+ author/-"],
  ],
  [
    "a metonym asked, in the perfect, with a list",
    "[UA:Kyiv] has pressed [DE:Berlin] for [item:armored_vehicle.tank:tanks] and [item:drone:drones].",
    ["request DE>UA [armored_vehicle.tank,drone] unknown CT+ author/-"],
  ],
  [
    "no item after 'for': nothing is asked for",
    "The [AM:Armenian] minister asked [FR:France] for patience.",
    [],
  ],
  [
    "the one asked not right after the verb",
    "[AM:Armenia] asked again and again, and [FR:France] waited for [item:drone:drones].",
    [],
  ],
];

describe("addressed requests", () => {
  it.each(CASES)("%s", (_name, marked, expected) => {
    expect(summaries(marked)).toEqual(expected);
  });
});
