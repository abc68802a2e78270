import { describe, expect, it } from "vitest";
import { mentionsOf } from "./states.helpers.js";

const statesIn = (text: string) => mentionsOf(text, "state").map((m) => [m.text, m.code, m.form]);

describe("recogniseStates", () => {
  const cases: Array<[string, string, Array<[string, string, string]>]> = [
    [
      "names",
      "Norway and North Korea",
      [
        ["Norway", "NO", "name"],
        ["North Korea", "KP", "name"],
      ],
    ],
    [
      "abbreviations",
      "DPRK, ROK, UK, U.K., US, U.S., USA, UAE and PRC",
      [
        ["DPRK", "KP", "abbreviation"],
        ["ROK", "KR", "abbreviation"],
        ["UK", "GB", "abbreviation"],
        ["U.K.", "GB", "abbreviation"],
        ["US", "US", "abbreviation"],
        ["U.S.", "US", "abbreviation"],
        ["USA", "US", "abbreviation"],
        ["UAE", "AE", "abbreviation"],
        ["PRC", "CN", "abbreviation"],
      ],
    ],
    [
      "demonyms",
      "North Korean gunners, Russian forces, Ukrainian, Iranian, Chinese, British and American crews",
      [
        ["North Korean", "KP", "demonym"],
        ["Russian", "RU", "demonym"],
        ["Ukrainian", "UA", "demonym"],
        ["Iranian", "IR", "demonym"],
        ["Chinese", "CN", "demonym"],
        ["British", "GB", "demonym"],
        ["American", "US", "demonym"],
      ],
    ],
    [
      "plural demonyms",
      "Americans and Israelis",
      [
        ["Americans", "US", "demonym"],
        ["Israelis", "IL", "demonym"],
      ],
    ],
    [
      "capitals",
      "Pyongyang, Seoul, Moscow, Kyiv, Kiev, Tehran, Beijing, Berlin, London, Paris",
      [
        ["Pyongyang", "KP", "capital"],
        ["Seoul", "KR", "capital"],
        ["Moscow", "RU", "capital"],
        ["Kyiv", "UA", "capital"],
        ["Kiev", "UA", "capital"],
        ["Tehran", "IR", "capital"],
        ["Beijing", "CN", "capital"],
        ["Berlin", "DE", "capital"],
        ["London", "GB", "capital"],
        ["Paris", "FR", "capital"],
      ],
    ],
    [
      "more capitals",
      "Washington, Ankara, Tel Aviv, Jerusalem, Minsk, Taipei and Tokyo",
      [
        ["Washington", "US", "capital"],
        ["Ankara", "TR", "capital"],
        ["Tel Aviv", "IL", "capital"],
        ["Jerusalem", "IL", "capital"],
        ["Minsk", "BY", "capital"],
        ["Taipei", "TW", "capital"],
        ["Tokyo", "JP", "capital"],
      ],
    ],
    [
      "seats",
      "the Kremlin, the White House, the Pentagon, Downing Street and the Elysee",
      [
        ["Kremlin", "RU", "seat"],
        ["White House", "US", "seat"],
        ["Pentagon", "US", "seat"],
        ["Downing Street", "GB", "seat"],
        ["Elysee", "FR", "seat"],
      ],
    ],
    [
      "names missing from the seed",
      "Britain, Great Britain, Türkiye, Burma, South Korea",
      [
        ["Britain", "GB", "name"],
        ["Great Britain", "GB", "name"],
        ["Türkiye", "TR", "name"],
        ["Burma", "MM", "name"],
        ["South Korea", "KR", "name"],
      ],
    ],
    [
      "non-members",
      "Taiwan, Kosovo, Palestine and the Holy See",
      [
        ["Taiwan", "TW", "name"],
        ["Kosovo", "XK", "name"],
        ["Palestine", "PS", "name"],
        ["Holy See", "VA", "name"],
      ],
    ],
    [
      "inside hyphenated compounds",
      "the Russia-Ukraine war and a North Korea-Russia deal",
      [
        ["Russia", "RU", "name"],
        ["Ukraine", "UA", "name"],
        ["North Korea", "KP", "name"],
        ["Russia", "RU", "name"],
      ],
    ],
    ["Brussels is no state", "Officials in Brussels met Belgium's envoy", [["Belgium", "BE", "name"]]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(statesIn(text)).toEqual(expected);
  });

  it("gives offsets into the text", () => {
    const text = "Ships left Pyongyang for Russia.";
    const [a, b] = mentionsOf(text, "state");
    expect([a!.start, a!.end, b!.start, b!.end]).toEqual([11, 20, 25, 31]);
    expect(a!.name).toBe("North Korea");
    expect(a!.rule).toBe("states:Pyongyang");
  });
});

describe("state ambiguities", () => {
  const cases: Array<[string, string, Array<[string, string, string]>]> = [
    ["Jordan after a given name is a person", "Michael Jordan visited Jordan.", [["Jordan", "JO", "name"]]],
    [
      "Jordan before a surname is a person",
      "Jordan Peterson wrote about Amman, Jordan.",
      [
        ["Amman", "JO", "capital"],
        ["Jordan", "JO", "name"],
      ],
    ],
    [
      "Jordan at a sentence start is the state",
      "In Jordan, talks began. Jordan said no.",
      [
        ["Jordan", "JO", "name"],
        ["Jordan", "JO", "name"],
      ],
    ],
    ["the Jordan River is no state", "Troops crossed the Jordan River.", []],
    ["Chad before a surname is a person", "Chad Smith flew to Chad.", [["Chad", "TD", "name"]]],
    ["Georgia near a US-state cue", "Atlanta, Georgia and Georgia Gov. Brian Kemp", []],
    ["Georgia's governor", "Georgia's governor spoke; Georgia's army did not.", [["Georgia", "GE", "name"]]],
    [
      "Georgia the country",
      "Russia fought Georgia in 2008.",
      [
        ["Russia", "RU", "name"],
        ["Georgia", "GE", "name"],
      ],
    ],
    ["turkey the bird", "They ate turkey in Turkey.", [["Turkey", "TR", "name"]]],
    [
      "Congo alone is the DRC",
      "Congo and DR Congo",
      [
        ["Congo", "CD", "name"],
        ["DR Congo", "CD", "name"],
      ],
    ],
    [
      "Republic of the Congo",
      "the Republic of the Congo and Congo-Brazzaville",
      [
        ["Republic of the Congo", "CG", "name"],
        ["Congo-Brazzaville", "CG", "name"],
      ],
    ],
    ["Korea alone is South Korea by default", "Korea bought tanks.", [["Korea", "KR", "name"]]],
    [
      "Korea after only North Korea is the North",
      "North Korea fired. Korea said it was a test.",
      [
        ["North Korea", "KP", "name"],
        ["Korea", "KP", "name"],
      ],
    ],
    [
      "Korea when both were named is the South",
      "North Korea and South Korea met. Korea left.",
      [
        ["North Korea", "KP", "name"],
        ["South Korea", "KR", "name"],
        ["Korea", "KR", "name"],
      ],
    ],
    ["the Korean Peninsula is no state", "Tension on the Korean Peninsula rose.", []],
    ["the Korean peninsula is no state either", "Tension on the Korean peninsula rose.", []],
    ["US is case-sensitive", "They told us the US would pay.", [["US", "US", "abbreviation"]]],
    [
      "Niger and Nigeria",
      "Niger and Nigeria",
      [
        ["Niger", "NE", "name"],
        ["Nigeria", "NG", "name"],
      ],
    ],
    [
      "the Guineas",
      "Guinea, Equatorial Guinea, Guinea-Bissau and Papua New Guinea",
      [
        ["Guinea", "GN", "name"],
        ["Equatorial Guinea", "GQ", "name"],
        ["Guinea-Bissau", "GW", "name"],
        ["Papua New Guinea", "PG", "name"],
      ],
    ],
    [
      "Dominica and the Dominican Republic",
      "Dominica and the Dominican Republic",
      [
        ["Dominica", "DM", "name"],
        ["Dominican Republic", "DO", "name"],
      ],
    ],
    ["North American is not American", "the North American news agency", []],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(statesIn(text)).toEqual(expected);
  });
});
