// Sources and via chains: who asserts a claim, resolved to kind and country.
import { describe, expect, it } from "vitest";
import { claimsOf, roleTexts, summaries } from "./run.js";

const SOURCES: Array<[string, string, string[]]> = [
  [
    "demonym + source noun",
    "[PL:Polish] military officials said [BY:Belarus] sent [item:drone:drones] to [RU:Russia].",
    ["transfer BY>RU [drone] delivered CT+ military/PL"],
  ],
  [
    "capital possessive + source noun",
    "[FR:Paris]'s secret services said [IR:Iran] sent [item:drone:drones] to [RU:Russia].",
    ["transfer IR>RU [drone] delivered CT+ intelligence/FR"],
  ],
  [
    "organisation speaker",
    "The [org:intelligence:GB:Defence Intelligence] said [IR:Iran] sent [item:drone:drones] to [RU:Russia].",
    ["transfer IR>RU [drone] delivered CT+ intelligence/GB"],
  ],
  [
    "bare state speaker is its government",
    "[UA:Ukraine] said [IR:Iran] sent [item:drone:drones] to [RU:Russia].",
    ["transfer IR>RU [drone] delivered CT+ government/UA"],
  ],
  [
    "sentence-final attribution",
    "[IR:Iran] sent [item:drone:drones] to [RU:Russia], [US:US] officials said.",
    ["transfer IR>RU [drone] delivered CT+ government/US"],
  ],
  [
    "according to",
    "According to [GB:British] analysts, [IR:Iran] sent [item:drone:drones] to [RU:Russia].",
    ["transfer IR>RU [drone] delivered CT+ research/GB"],
  ],
  [
    "anonymous sources",
    "Sources familiar with the deal said [IR:Iran] sold [item:drone:drones] to [RU:Russia].",
    ["transfer IR>RU [drone] delivered CT+ person/-"],
  ],
  [
    "a person speaks for their state",
    "[person:US:John Kirby] said [KP:North Korea] shipped [item:ammunition:ammunition] to [RU:Russia].",
    ["transfer KP>RU [ammunition] delivered CT+ government/US"],
  ],
  [
    "reported speech carries on within the paragraph",
    "[UA:Ukrainian] officials said [IR:Iran] sent [item:drone:drones] to [RU:Russia]. [IR:Iran] also shipped [item:missile:missiles] to [RU:Russia].",
    [
      "transfer IR>RU [drone] delivered CT+ government/UA",
      "transfer IR>RU [missile] delivered CT+ government/UA",
    ],
  ],
  [
    "but not into the next paragraph",
    "[UA:Ukrainian] officials said [IR:Iran] sent [item:drone:drones] to [RU:Russia].\n\n[IR:Iran] also shipped [item:missile:missiles] to [RU:Russia].",
    ["transfer IR>RU [drone] delivered CT+ government/UA", "transfer IR>RU [missile] delivered CT+ author/-"],
  ],
  [
    "a quotation stays its speaker's in the next paragraph",
    "[person:UA:Dmytro Kuleba] said: “[IR:Iran] sent [item:drone:drones] to [RU:Russia].\n\n[IR:Iran] will also ship [item:missile:missiles] to [RU:Russia].”",
    [
      "transfer IR>RU [drone] delivered CT+ government/UA",
      "transfer IR>RU [missile] planned CT+ government/UA",
    ],
  ],
  [
    "pronoun speaker continues the previous one",
    "[person:UA:Dmytro Kuleba] spoke on Monday.\n\nHe said [IR:Iran] sent [item:drone:drones] to [RU:Russia].",
    ["transfer IR>RU [drone] delivered CT+ government/UA"],
  ],
  [
    "a speaker's own state as pronoun subject",
    "[IR:Iran] said it never sold [item:drone:drones] to [RU:Russia].",
    ["transfer IR>RU [drone] unknown CT- government/IR"],
  ],
];

describe("attribution", () => {
  it.each(SOURCES)("%s", (_name, marked, expected) => {
    expect(summaries(marked)).toEqual(expected);
  });

  it("puts a briefed legislature in via and marks the source span", () => {
    const marked =
      "[KR:Seoul]'s spy agency told [KR:South Korean] lawmakers that [KP:Pyongyang] sent [item:ammunition.artillery:shells] to [RU:Russia].";
    const [c] = claimsOf(marked);
    expect(c!.source).toEqual({ name: "spy agency", kind: "intelligence", country: "KR" });
    expect(c!.via).toEqual([{ name: "lawmakers", kind: "legislature", country: "KR" }]);
    expect(roleTexts(marked, c!, "source")).toEqual(["spy agency"]);
    expect(c!.evidence.cue).toBe("told");
  });

  it("adds the media a briefing was shared with to via", () => {
    const marked =
      "[JP:Japanese] officials said [KP:North Korea] sent [item:missile:missiles] to [RU:Russia]. The notes were shared with the news agency [org:media:GB:Reuters].";
    const [c] = claimsOf(marked);
    expect(c!.via).toEqual([{ name: "Reuters", kind: "media", country: "GB" }]);
  });
});

describe("a person with no known state", () => {
  it("takes the state and kind of the title before the name", () => {
    const [c] = claimsOf(
      "[RU:Kremlin] spokesperson [person:-:person:Dmitry Peskov] said [US:Washington] sent [item:missile:missiles] to [UA:Kyiv].",
    );
    expect(c!.source).toEqual({ name: "Dmitry Peskov", kind: "government", country: "RU" });
  });
});
