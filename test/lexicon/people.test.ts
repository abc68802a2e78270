import { describe, expect, it } from "vitest";
import { loadLexicons, readLexiconFiles } from "../../src/lexicon/load.js";
import { compilePeople, PEOPLE_FILE, PEOPLE_FILES } from "../../src/lexicon/people.js";

const peopleData = readLexiconFiles(PEOPLE_FILES)[PEOPLE_FILE] as { people: unknown[] } & Record<
  string,
  unknown
>;
const lex = loadLexicons();

describe("compilePeople", () => {
  it("gives every known person a state that exists, or an org: code", () => {
    for (const p of peopleData.people as Array<{ name: string; country: string }>) {
      if (!p.country.startsWith("org:")) expect(lex.states.byCode.has(p.country), p.name).toBe(true);
    }
  });

  it("rejects a name two people claim", () => {
    const clash = { name: "Vlad Putin", aliases: ["Putin"], country: "RU", role: "x", kind: "person" };
    const raw = { [PEOPLE_FILE]: { ...peopleData, people: [...peopleData.people, clash] } };
    expect(() => compilePeople(raw)).toThrow(
      /people\.yaml: "Putin" is claimed by both Vladimir Putin and Vlad Putin/,
    );
  });

  it("rejects a bad country code", () => {
    const bad = { name: "A B", country: "Russia", role: "x", kind: "person" };
    const raw = { [PEOPLE_FILE]: { ...peopleData, people: [bad] } };
    expect(() => compilePeople(raw)).toThrow(/people\.yaml: people\.0\.country/);
  });
});
