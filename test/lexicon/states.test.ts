import { describe, expect, it } from "vitest";
import { readLexiconFiles } from "../../src/lexicon/load.js";
import { readWorldCountries } from "../../src/lexicon/load-world-countries.js";
import { compileStates, STATE_FILES, STATES_OVERRIDES } from "../../src/lexicon/states.js";

const seed = readWorldCountries();
const overrides = readLexiconFiles(STATE_FILES)[STATES_OVERRIDES] as Record<string, unknown>;
const compileWith = (changes: Record<string, unknown>) =>
  compileStates({ ...seed, [STATES_OVERRIDES]: { ...overrides, ...changes } });

describe("compileStates", () => {
  const lex = compileStates({ ...seed, [STATES_OVERRIDES]: overrides });

  it("has every UN member and observer plus Taiwan, Kosovo and Hong Kong", () => {
    expect(lex.byCode.size).toBe(198);
    for (const code of ["KP", "KR", "RU", "UA", "US", "VA", "PS", "TW", "XK", "HK"])
      expect(lex.byCode.has(code)).toBe(true);
    expect(lex.byCode.has("PR")).toBe(false); // a territory, not a state
  });

  it("takes names and demonyms from the seed and names from the overrides", () => {
    expect(lex.byCode.get("KP")).toEqual({ code: "KP", name: "North Korea", demonym: "North Korean" });
    expect(lex.byCode.get("TR")?.name).toBe("Turkey");
  });

  it("rejects a code that is not ISO 3166-1 alpha-2, naming the file", () => {
    expect(() => compileWith({ include: ["ZZ"] })).toThrow(
      /states-overrides\.yaml: "ZZ" is not an ISO 3166-1 alpha-2 code/,
    );
  });

  it("rejects a state listed twice", () => {
    const states = [{ code: "KR", aliases: ["ROK"] }, { code: "KR" }];
    expect(() => compileWith({ states })).toThrow(/state KR is listed twice/);
  });

  it("rejects an alias claimed by two states, naming both", () => {
    const states = [
      { code: "KR", aliases: ["Korea"] },
      { code: "KP", aliases: ["Korea"] },
    ];
    expect(() => compileWith({ states })).toThrow(/alias "Korea" is claimed by both KR and KP/);
  });

  it("rejects seed aliases two states share unless one is dropped", () => {
    expect(() => compileWith({ drop: {} })).toThrow(/alias "Congo" is claimed by both CD and CG/);
  });

  it("rejects a malformed file with the path inside it", () => {
    expect(() => compileWith({ blocked: "Korean Peninsula" })).toThrow(/states-overrides\.yaml: blocked: /);
  });

  it("reports a missing seed", () => {
    expect(() => compileStates({ [STATES_OVERRIDES]: overrides })).toThrow(
      /world-countries\/countries\.json/,
    );
  });
});
