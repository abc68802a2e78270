// Sources found from the sentence's context: a passive accusation's accuser, records and the
// one presenting them, pledges passed on by someone else, a legislature's vote, the speaker's
// own doings told after what they said, clauses of two speakers, reactions to a speech.
import { describe, expect, it } from "vitest";
import { claimsOf, summaries } from "./run.js";

const SHAPES: Array<[string, string, string[]]> = [
  [
    "a passive accusation in a paragraph on sanctions is the sanctioning state's",
    "[US:The United States] imposed new sanctions on dozens of firms on Tuesday.\n\nCompanies in [CN:China] and [TR:Turkey] were accused of helping [RU:Russia] acquire [item:equipment:machine tools]. The penalties bar them from the dollar system.",
    [
      "transfer CN>RU [equipment] ongoing CT+ government/US",
      "transfer TR>RU [equipment] ongoing CT+ government/US",
    ],
  ],
  [
    "a passive accusation with no accuser stays the author's hearsay",
    "Companies in [CN:China] were accused of helping [RU:Russia] acquire [item:equipment:machine tools].",
    ["transfer CN>RU [equipment] planned PR+ author/-"],
  ],
  [
    "what the speaker did while saying it is the author's telling",
    "[person:US:John Smith] said he would send [item:arms:weapons] to [UA:Ukraine], as he watched [DE:Germany] deliver [item:armored_vehicle.tank:tanks] to [PL:Poland].",
    [
      "transfer US>UA [arms,armored_vehicle.tank] planned CT+ government/US",
      "transfer DE>PL [armored_vehicle.tank] ongoing CT+ author/-",
    ],
  ],
  [
    "a legislature's vote is the author's news",
    "The [org:legislature:US:US:US Senate] voted to approve [item:arms:military aid] for [UA:Ukraine].",
    ["transfer US>UA [arms] planned CT+ author/-"],
  ],
  [
    "a comment on what was said is not its continuation",
    "[person:GB:John Smith] said [GB:Britain] will supply [item:missile:missiles] to [UA:Ukraine]. Other countries sending [item:arms:weapons] to [UA:Ukraine] have balked at that possibility.",
    ["transfer GB>UA [missile] planned CT+ government/GB", "transfer ->UA [arms] delivered CT+ author/-"],
  ],
  [
    "a mid-sentence 'as claimed by S,' frames what follows",
    "The point is that as claimed by [RU:Russian] official figures, [US:the US] sent [item:missile:missiles] to [UA:Ukraine].",
    ["transfer US>UA [missile] delivered CT+ government/RU"],
  ],
  [
    "data that showed something are the claim of the report citing them",
    "A [US:US] intelligence report said [CN:China] sent [item:equipment:radars] to [RU:Russia].\n\nThe report cited customs data that showed [CN:Chinese] firms supplied [item:drone:drones] to [RU:Russia].",
    [
      "transfer CN>RU [equipment] delivered CT+ intelligence/US",
      "transfer CN>RU [drone] delivered CT+ intelligence/US",
    ],
  ],
  [
    "a hypothetical statement is no one's claim but the author's telling",
    "If [SE:Sweden] had confirmed that it sent [item:armored_vehicle.tank:tanks] to [UA:Ukraine], papers would have covered it.",
    ["transfer SE>UA [armored_vehicle.tank] delivered CT+ author/-"],
  ],
  [
    "a later confirmation by another source is a second claim",
    "The [US:White House] said [KP:North Korea] sent [item:missile:missiles] to [RU:Russia]. This announcement was later verified by [UA:Ukrainian] officials.",
    [
      "transfer KP>RU [missile] delivered CT+ government/US",
      "transfer KP>RU [missile] delivered CT+ government/UA",
    ],
  ],
  [
    "'it said' inside a sentence is the speaker that opens it",
    "[CN:China]'s ministry said exports were allowed.\n\nThe [UA:Ukrainian] government published photos, and it said [CN:China] sent [item:drone:drones] to [RU:Russia].",
    ["transfer CN>RU [drone] delivered CT+ government/UA"],
  ],
];

describe("sources from context", () => {
  it.each(SHAPES)("%s", (_name, marked, expected) => {
    expect(summaries(marked)).toEqual(expected);
  });

  it("gives an accusation by a named agent to that agent", () => {
    const [c] = claimsOf(
      "Firms in [CN:China] were accused by [GB:Britain] of supplying [item:drone:drones] to [RU:Russia].",
    );
    expect(c!.source).toEqual({ name: "Britain", kind: "government", country: "GB" });
    expect(c!.factuality).toBe("CT+");
  });

  it("makes pledges their makers' claims, passed on by whoever welcomed them", () => {
    const [c, ...rest] = claimsOf(
      "[person:BE:government:Jane Doe] welcomed new pledges of [item:arms:weapons] from [NL:the Netherlands] to [UA:Ukraine].",
    );
    expect(rest).toEqual([]);
    expect(c!.source).toEqual({ name: "the Netherlands", kind: "government", country: "NL" });
    expect(c!.via).toEqual([{ name: "Jane Doe", kind: "government", country: "BE" }]);
  });

  it("gives only the second clause's speaker the second clause", () => {
    const marked =
      "[FR:France] hosted talks on [UA:Ukraine], and [person:GB:John Smith] said [GB:Britain] will supply [item:missile.cruise:cruise missiles] to [UA:Ukraine].";
    const [c, ...rest] = claimsOf(marked);
    expect(rest).toEqual([]);
    expect(c!.source).toEqual({ name: "John Smith", kind: "government", country: "GB" });
    expect(c!.via).toEqual([]);
  });

  it("does not lend a speaker's source to a package told after the speech", () => {
    const out = summaries(
      "[person:US:John Smith] said he would send [item:arms:weapons] to [UA:Ukraine] as he signed a [qty:95000000000:exact:USD:$95 billion] [item:arms:war aid] measure that also included assistance for [IL:Israel] and [TW:Taiwan].",
    );
    const sources = (to: string) => out.filter((s) => s.includes(to)).map((s) => s.split(" ").pop());
    expect(sources(">UA")).toEqual(["government/US"]);
    expect(sources(">IL")).toEqual(["author/-"]);
  });

  it("ends a speaker's content where a coordinated clause brings the next speaker", () => {
    const marked =
      "[FR:France] said the weather was fine, and [person:GB:John Smith] said [GB:Britain] will supply [item:missile.cruise:cruise missiles] to [UA:Ukraine].";
    const [c, ...rest] = claimsOf(marked);
    expect(rest).toEqual([]);
    expect(c!.source.country).toBe("GB");
    expect(c!.via).toEqual([]);
  });
});
