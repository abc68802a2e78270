import { describe, expect, it } from "vitest";
import { mentionsOf } from "./states.helpers.js";

const peopleIn = (text: string) =>
  mentionsOf(text, "person").map((m) => [m.text, m.name, m.role, m.country, m.sourceKind]);

describe("recognisePeople: role and state from the text", () => {
  const cases: Array<[string, string, unknown[][]]> = [
    [
      "demonym leader",
      "North Korean leader Kim Jong Un left.",
      [["Kim Jong Un", "Kim Jong Un", "leader", "KP", "government"]],
    ],
    [
      "demonym president",
      "Russian President Vladimir Putin spoke.",
      [["Vladimir Putin", "Vladimir Putin", "President", "RU", "government"]],
    ],
    [
      "title alone",
      "Defence Minister Shin Won-sik spoke.",
      [["Shin Won-sik", "Shin Won-sik", "Defence Minister", "KR", "government"]],
    ],
    [
      "seat before the title",
      "Kremlin spokesman Dmitry Peskov denied it.",
      [["Dmitry Peskov", "Dmitry Peskov", "spokesman", "RU", "government"]],
    ],
    [
      "abbreviation and long title",
      "U.S. Secretary of State Antony Blinken flew in.",
      [["Antony Blinken", "Antony Blinken", "Secretary of State", "US", "government"]],
    ],
    [
      "possessor",
      "Ukraine's Foreign Minister Dmytro Kuleba spoke.",
      [["Dmytro Kuleba", "Dmytro Kuleba", "Foreign Minister", "UA", "government"]],
    ],
    [
      "appositive",
      "John Kirby, the White House national security spokesman, said so.",
      [["John Kirby", "John Kirby", "national security spokesman", "US", "government"]],
    ],
    [
      "unknown person after a title",
      "Estonian Defence Minister Hanno Pevkurs spoke.",
      [["Hanno Pevkurs", "Hanno Pevkurs", "Defence Minister", "EE", "government"]],
    ],
    [
      "unknown person in an appositive with an of-phrase",
      "Maria Lind, the ambassador of Sweden, spoke.",
      [["Maria Lind", "Maria Lind", "ambassador", "SE", "government"]],
    ],
    [
      "military title",
      "Gen. Ola Berg, the army chief of staff, spoke.",
      [["Ola Berg", "Ola Berg", "Gen.", null, "military"]],
    ],
    [
      "research title",
      "Analyst Tom Reed and senior fellow Ann Cole spoke.",
      [
        ["Tom Reed", "Tom Reed", "Analyst", null, "research"],
        ["Ann Cole", "Ann Cole", "senior fellow", null, "research"],
      ],
    ],
    [
      "title with a body: kind from the body",
      "NIS director Park Ji-won spoke.",
      [["Park Ji-won", "Park Ji-won", "director", "KR", "intelligence"]],
    ],
    [
      "appositive with a body",
      "Jane Doe, a senior fellow at RUSI, said so.",
      [["Jane Doe", "Jane Doe", "senior fellow", "GB", "research"]],
    ],
    ["legislator", "Senator Jane Roe asked.", [["Jane Roe", "Jane Roe", "Senator", null, "legislature"]]],
    [
      "known person without a title",
      "Zelenskyy and Lukashenko spoke.",
      [
        ["Zelenskyy", "Volodymyr Zelenskyy", "President", "UA", "government"],
        ["Lukashenko", "Alexander Lukashenko", "President", "BY", "government"],
      ],
    ],
    [
      "initials",
      "President George W. Bush spoke.",
      [["George W. Bush", "George W. Bush", "President", null, "government"]],
    ],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(peopleIn(text)).toEqual(expected);
  });

  it("gives offsets into the text", () => {
    const text = "Russian President Vladimir Putin spoke.";
    const [p] = mentionsOf(text, "person");
    expect([p!.start, p!.end, p!.rule]).toEqual([18, 32, "people:known"]);
  });
});

describe("recognisePeople: what is not a person or not an appositive", () => {
  it("does not take a sentence adverb before a titled name as an appositive", () => {
    expect(peopleIn("Elsewhere, Latvian President Anna Berzina said so.")).toEqual([
      ["Anna Berzina", "Anna Berzina", "President", "LV", "government"],
    ]);
  });

  it("does not read a name on the line after a heading that ends in a title", () => {
    expect(peopleIn("Talks with the president\nRecently the talks stalled.")).toEqual([]);
  });

  it("does not take headline capitals for a name", () => {
    expect(peopleIn("SENATOR WARNS OF DRONES")).toEqual([]);
  });

  it("reads a longer title before a shorter one", () => {
    expect(peopleIn("Kim Jong Un, general secretary of the party, spoke.")[0]).toEqual([
      "Kim Jong Un",
      "Kim Jong Un",
      "general secretary",
      "KP",
      "government",
    ]);
  });

  it("makes an official of an international body speak for it", () => {
    expect(peopleIn("UN spokesman Lars Holm said so.")).toEqual([
      ["Lars Holm", "Lars Holm", "spokesman", "org:un", "international_org"],
    ]);
  });
});

describe("recognisePeople: later mentions", () => {
  it("resolves a surname to the same person, role and state", () => {
    const text = "Russian President Vladimir Putin spoke. Later Putin said no.";
    expect(peopleIn(text)).toEqual([
      ["Vladimir Putin", "Vladimir Putin", "President", "RU", "government"],
      ["Putin", "Vladimir Putin", "President", "RU", "government"],
    ]);
  });

  it("resolves an unknown person's surname, family name first for hyphenated given names", () => {
    const text =
      "Estonian Defence Minister Hanno Pevkurs met Defence Minister Lee Min-ho. Pevkurs and Lee agreed.";
    expect(peopleIn(text).slice(2)).toEqual([
      ["Pevkurs", "Hanno Pevkurs", "Defence Minister", "EE", "government"],
      ["Lee", "Lee Min-ho", "Defence Minister", null, "government"],
    ]);
  });

  it("resolves Kim to the most recent Kim", () => {
    const text = "Kim Jong Un spoke. Kim Yo Jong wrote. Kim said more.";
    expect(peopleIn(text).at(-1)).toEqual([
      "Kim",
      "Kim Yo Jong",
      "vice department director",
      "KP",
      "government",
    ]);
    const text2 = "Kim Yo Jong wrote. Kim Jong Un spoke. Kim said more.";
    expect(peopleIn(text2).at(-1)?.[1]).toBe("Kim Jong Un");
  });

  it("does not resolve a surname before the full name is seen", () => {
    expect(peopleIn("Kim said. Kim Jong Un spoke.").map((p) => p[0])).toEqual(["Kim Jong Un"]);
  });

  it("remembers a courtesy-titled surname", () => {
    expect(peopleIn("Mr. Novak spoke. Novak left.")).toEqual([
      ["Novak", "Novak", null, null, "person"],
      ["Novak", "Novak", null, null, "person"],
    ]);
  });
});
