import { describe, expect, it } from "vitest";
import { annotated, mentionsOf } from "./states.helpers.js";

const orgsIn = (text: string) =>
  mentionsOf(text, "org").map((m) => [m.text, m.orgId, m.sourceKind, m.country, m.actor]);

describe("recogniseOrganisations: lexicon", () => {
  const cases: Array<[string, string, unknown[][]]> = [
    [
      "intelligence",
      "The CIA, MI6 and the SBU briefed the DIA.",
      [
        ["CIA", "cia", "intelligence", "US", null],
        ["MI6", "mi6", "intelligence", "GB", null],
        ["SBU", "sbu", "intelligence", "UA", null],
        ["DIA", "dia", "intelligence", "US", null],
      ],
    ],
    [
      "armed forces",
      "The Korean People's Army and the IRGC drilled; the Bundeswehr watched.",
      [
        ["Korean People's Army", "kpa", "military", "KP", null],
        ["IRGC", "irgc", "military", "IR", null],
        ["Bundeswehr", "bundeswehr", "military", "DE", null],
      ],
    ],
    [
      "media",
      "Reuters, the Associated Press and KCNA reported it, as did Yonhap.",
      [
        ["Reuters", "reuters", "media", "GB", null],
        ["Associated Press", "ap", "media", "US", null],
        ["KCNA", "kcna", "media", "KP", null],
        ["Yonhap", "yonhap", "media", "KR", null],
      ],
    ],
    [
      "longest match beats the capital",
      "The Washington Post and the Kyiv Post agreed.",
      [
        ["Washington Post", "washington-post", "media", "US", null],
        ["Kyiv Post", "kyiv-post", "media", "UA", null],
      ],
    ],
    [
      "international bodies",
      "NATO, the EU, the G7 and the UN Security Council met.",
      [
        ["NATO", "nato", "international_org", "org:nato", "org:nato"],
        ["EU", "eu", "international_org", "org:eu", "org:eu"],
        ["G7", "g7", "international_org", "org:g7", null],
        ["UN Security Council", "un-security-council", "international_org", "org:un", null],
      ],
    ],
    [
      "sanctions monitors",
      "The Multilateral Sanctions Monitoring Team and the UN Panel of Experts agreed.",
      [
        ["Multilateral Sanctions Monitoring Team", "msmt", "international_org", "org:msmt", null],
        ["UN Panel of Experts", "un-panel-of-experts", "international_org", "org:un", null],
      ],
    ],
    [
      "armed groups are actors",
      "Wagner, Hezbollah and the Houthis got drones.",
      [
        ["Wagner", "wagner", "military", "org:wagner", "org:wagner"],
        ["Hezbollah", "hezbollah", "military", "org:hezbollah", "org:hezbollah"],
        ["Houthis", "houthis", "military", "org:houthis", "org:houthis"],
      ],
    ],
    [
      "think tanks and companies",
      "Analysts at RUSI, ISW and Chatham House said Baykar and Rheinmetall grew.",
      [
        ["RUSI", "rusi", "research", "GB", null],
        ["ISW", "isw", "research", "US", null],
        ["Chatham House", "chatham-house", "research", "GB", null],
        ["Baykar", "baykar", "company", "TR", null],
        ["Rheinmetall", "rheinmetall", "company", "DE", null],
      ],
    ],
    [
      "legislatures",
      "Congress and the Verkhovna Rada voted; the State Duma did not.",
      [
        ["Congress", "us-congress", "legislature", "US", null],
        ["Verkhovna Rada", "verkhovna-rada", "legislature", "UA", null],
        ["State Duma", "state-duma", "legislature", "RU", null],
      ],
    ],
    ["acronyms are case-sensitive", "The un-named nato-style group.", []],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(orgsIn(text)).toEqual(expected);
  });
});

describe("recogniseOrganisations: generic bodies take their state from the phrase", () => {
  const cases: Array<[string, string, unknown[][]]> = [
    [
      "possessor",
      "South Korea's Defence Ministry said so.",
      [["South Korea's Defence Ministry", "kr-defence-ministry", "government", "KR", null]],
    ],
    [
      "demonym",
      "The Russian Foreign Ministry denied it.",
      [["Russian Foreign Ministry", "ru-foreign-ministry", "government", "RU", null]],
    ],
    [
      "of-phrase",
      "The Ministry of Defence of Ukraine said so.",
      [["Ministry of Defence of Ukraine", "ua-defence-ministry", "government", "UA", null]],
    ],
    [
      "military intelligence",
      "Ukraine's military intelligence said so.",
      [["Ukraine's military intelligence", "ua-military-intelligence", "intelligence", "UA", null]],
    ],
    [
      "capital possessor",
      "Seoul's spy agency told lawmakers.",
      [["Seoul's spy agency", "kr-intelligence", "intelligence", "KR", null]],
    ],
    [
      "military as speaker",
      "The South Korean military said so.",
      [["South Korean military", "kr-military", "military", "KR", null]],
    ],
    [
      "military officials",
      "Japanese military officials said so.",
      [["Japanese military", "jp-military", "military", "JP", null]],
    ],
    ["military as a modifier is no body", "North Korean military equipment arrived.", []],
    ["military in a coordinated modifier is no body", "Danish military and economic aid grew.", []],
    ["a military without a state is no body", "The military said so.", []],
    [
      "a ministry without a state",
      "The Foreign Ministry said so.",
      [["Foreign Ministry", "foreign-ministry", "government", null, null]],
    ],
    [
      "joint chiefs",
      "South Korea's Joint Chiefs of Staff said so.",
      [["South Korea's Joint Chiefs of Staff", "kr-joint-chiefs", "military", "KR", null]],
    ],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(orgsIn(text)).toEqual(expected);
  });

  it("wins the overlap against the state it absorbs, and names the body after the state", () => {
    const ann = annotated("The Russian Foreign Ministry denied it.");
    expect(ann.mentions.map((m) => m.kind)).toEqual(["org"]);
    expect(ann.mentions[0]).toMatchObject({ name: "Russian Foreign Ministry", start: 4, end: 28 });
  });

  it("leaves the possessor of a named body as its own state mention", () => {
    const ann = annotated("South Korea's National Intelligence Service said so.");
    expect(ann.mentions.map((m) => [m.kind, m.text])).toEqual([
      ["state", "South Korea"],
      ["org", "National Intelligence Service"],
    ]);
  });
});

describe("recogniseOrganisations: acronyms defined in the text", () => {
  it("learns an acronym whose long form is not in the lexicon, with a kind from its head noun", () => {
    const text = "Seoul's Defense Acquisition Program Administration (DAPA) said so. Later DAPA added more.";
    const orgs = mentionsOf(text, "org");
    expect(orgs.map((m) => [m.text, m.sourceKind, m.country, m.start])).toEqual([
      ["Defense Acquisition Program Administration", "government", "KR", 8],
      ["DAPA", "government", "KR", 52],
      ["DAPA", "government", "KR", 73],
    ]);
    expect(new Set(orgs.map((m) => m.orgId)).size).toBe(1);
  });

  it.each([
    ["the Latvian Foreign Intelligence Agency (LFIA) said", "intelligence"],
    ["the Baltic Defence Research Institute (BDRI) said", "research"],
    ["the Ministry of Shipping and Ports (MSP) said", "government"],
    ["the Northern Rapid Reaction Force (NRRF) said", "military"],
  ])("kind of %s", (text, kind) => {
    expect(mentionsOf(text, "org")[0]?.sourceKind).toBe(kind);
  });

  it.each([
    "the Coastal Strike Missile System (CSMS) arrived",
    "the Arms Export Convention (AEC) bans it",
    "the Western Patrol Zone (WPZ) widened",
    "the Blue Harbour Survey (BHS) ended",
  ])("learns no body from a long form that names none: %s", (text) => {
    expect(mentionsOf(text, "org")).toEqual([]);
  });

  it("takes the state of a learned body from a state inside its name", () => {
    const [org] = mentionsOf("The Korea Signals Intelligence Agency (KSIA) said so.", "org");
    expect(org).toMatchObject({ country: "KR", sourceKind: "intelligence" });
  });

  it("resolves a later one-edit typo of an acronym to the same body", () => {
    const text = "The National Intelligence Service (NIS) said so. NOS said more.";
    const orgs = mentionsOf(text, "org");
    expect(orgs.map((m) => [m.text, m.orgId, m.rule])).toEqual([
      ["National Intelligence Service", "nis", "organisations:National Intelligence Service"],
      ["NIS", "nis", "organisations:acronym"],
      ["NOS", "nis", "organisations:acronym-typo"],
    ]);
  });

  it("does not resolve an all-caps word that is defined itself, or shouted, or before the acronym", () => {
    expect(mentionsOf("NOS said. The NIS said so.", "org").map((m) => m.text)).toEqual(["NIS"]);
    expect(mentionsOf("The NIS said so. THE NOS WAS", "org").map((m) => m.text)).toEqual(["NIS"]);
    expect(
      mentionsOf("The NIS said so. The Northern Ocean Studies (NOS) said NOS.", "org").map((m) => m.orgId),
    ).toEqual([
      "nis",
      expect.stringMatching(/^defined-/),
      expect.stringMatching(/^defined-/),
      expect.stringMatching(/^defined-/),
    ]);
  });
});
