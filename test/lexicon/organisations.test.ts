import { describe, expect, it } from "vitest";
import { loadLexicons, readLexiconFiles } from "../../src/lexicon/load.js";
import { compileOrganisations, ORG_FILE, ORG_FILES } from "../../src/lexicon/organisations.js";
import { compilePeople, PEOPLE_FILE, PEOPLE_FILES } from "../../src/lexicon/people.js";

const orgData = readLexiconFiles(ORG_FILES)[ORG_FILE] as { organisations: unknown[] } & Record<
  string,
  unknown
>;
const peopleData = readLexiconFiles(PEOPLE_FILES)[PEOPLE_FILE] as { people: unknown[] } & Record<
  string,
  unknown
>;
const lex = loadLexicons();

describe("compileOrganisations", () => {
  it("gives every body a state that exists, or an org: code", () => {
    for (const e of lex.organisations.byId.values()) {
      if (e.country === null) expect(e.generic).toBe(true);
      else if (!e.country.startsWith("org:")) expect(lex.states.byCode.has(e.country), e.id).toBe(true);
    }
  });

  it("rejects a duplicate id", () => {
    const dup = { id: "nis", name: "Other", kind: "research", state: "KR" };
    const raw = { [ORG_FILE]: { ...orgData, organisations: [...orgData.organisations, dup] } };
    expect(() => compileOrganisations(raw)).toThrow(
      /organisations\.yaml: organisation id "nis" is used twice/,
    );
  });

  it("rejects an alias two bodies claim", () => {
    const clash = { id: "other", name: "National Intelligence Service", kind: "research", state: "KR" };
    const raw = { [ORG_FILE]: { ...orgData, organisations: [...orgData.organisations, clash] } };
    expect(() => compileOrganisations(raw)).toThrow(/claimed by both nis and other/);
  });

  it("rejects an unknown kind with its path", () => {
    const bad = { id: "bad", name: "Bad Body", kind: "club", state: "KR" };
    const raw = { [ORG_FILE]: { ...orgData, organisations: [bad] } };
    expect(() => compileOrganisations(raw)).toThrow(/organisations\.yaml: organisations\.0\.kind/);
  });

  it("rejects a named body with neither state nor org", () => {
    const bad = { id: "bad", name: "Bad Body", kind: "research" };
    const raw = { [ORG_FILE]: { ...orgData, organisations: [bad] } };
    expect(() => compileOrganisations(raw)).toThrow(/"bad" needs a state or org/);
  });
});

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
