import { describe, expect, it } from "vitest";
import { loadLexicons, readLexiconFiles } from "../../src/lexicon/load.js";
import { compileOrganisations, ORG_FILE, ORG_FILES } from "../../src/lexicon/organisations.js";

const orgData = readLexiconFiles(ORG_FILES)[ORG_FILE] as { organisations: unknown[] } & Record<
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
