// Sentences that must yield no claim at all.
import { describe, expect, it } from "vitest";
import { summaries } from "./run.js";

const NEGATIVES: string[] = [
  "Any [item:arms:arms] sale to [KP:North Korea] would violate sanctions.",
  "If [DE:Germany] sent [item:armored_vehicle.tank:tanks] to [UA:Ukraine], [RU:Russia] would respond.",
  "Did [IR:Iran] send [item:drone:drones] to [RU:Russia]?",
  "[KP:North Korea] launched [item:missile.ballistic:ballistic missiles] into the sea.",
  "[KP:North Korea] tested a new [item:missile.cruise:cruise missile].",
  "[RU:Russia] and [CN:China] held joint exercises with [item:aircraft.bomber:bombers].",
  "[RU:Russia] deployed its [item:nuclear:nuclear weapons] in [BY:Belarus].",
  "[UA:Ukraine] has three [item:air_defense:Patriot systems].",
  "[RU:Russia] attacked [UA:Ukraine] with [item:drone:drones].",
  "[CN:China] is providing support to [RU:Russia]'s war.",
  "Speculation about [KP:North Korean] [item:arms:arms] shipments grew.",
  "The two leaders discussed arms transfers between [RU:Russia] and [IR:Iran].",
  "[KP:North Korea] produces [item:ammunition.artillery:artillery shells] at full capacity.",
];

describe("negative sentences", () => {
  it.each(NEGATIVES)("%s", (marked) => {
    expect(summaries(marked)).toEqual([]);
  });
});
