import { describe, expect, it } from "vitest";
import { compileItems, domainOf, ITEM_FILES } from "../../src/lexicon/items.js";
import { readLexiconFiles } from "../../src/lexicon/load.js";
import { phraseVariants, pluralOf, type VariantRules } from "../../src/lexicon/term-variants.js";
import { LexiconError } from "../../src/lexicon/types.js";

const raw = readLexiconFiles(ITEM_FILES);

interface Term {
  id: string;
  category: string;
  phrases: string[];
  case_sensitive?: boolean;
}

/** The real files with the weapons data changed by `edit`. */
function withWeapons(edit: (w: { categories: string[]; generic: Term[]; systems: Term[] }) => void) {
  const copy = structuredClone(raw) as Record<string, unknown>;
  edit(copy["weapons.yaml"] as { categories: string[]; generic: Term[]; systems: Term[] });
  return copy;
}

function loadError(data: Record<string, unknown>): string {
  try {
    compileItems(data);
  } catch (err) {
    expect(err).toBeInstanceOf(LexiconError);
    return (err as Error).message;
  }
  throw new Error("expected a LexiconError");
}

describe("compileItems", () => {
  it("loads several hundred weapon phrases with every category in the taxonomy", () => {
    const lex = compileItems(raw);
    expect(lex.phraseCount).toBeGreaterThan(400);
    expect(lex.categories.has("missile.srbm")).toBe(true);
    expect(lex.categories.has("drone.loitering")).toBe(true);
  });

  it("rejects a term whose category is not in the taxonomy, naming file and term", () => {
    const data = withWeapons((w) =>
      w.generic.push({ id: "ray-gun", category: "missile.laser", phrases: ["ray gun"] }),
    );
    expect(loadError(data)).toBe('weapons.yaml: term "ray-gun": unknown category "missile.laser"');
  });

  it("rejects a fine category without its coarse category", () => {
    const data = withWeapons((w) => w.categories.push("laser.beam"));
    expect(loadError(data)).toContain('category "laser.beam" has no coarse category "laser"');
  });

  it("rejects a term id used twice", () => {
    const data = withWeapons((w) =>
      w.systems.push({ id: "kn-23", category: "missile.srbm", phrases: ["KN-99"] }),
    );
    expect(loadError(data)).toContain('term id "kn-23" is used twice');
  });

  it("rejects a phrase claimed by two terms, also across hyphen and case folding", () => {
    const twice = withWeapons((w) => w.systems.push({ id: "other", category: "missile", phrases: ["kn23"] }));
    expect(loadError(twice)).toContain('phrase "kn23" is claimed by terms "kn-23" and "other"');
    const cased = withWeapons((w) => w.generic.push({ id: "word", category: "arms", phrases: ["patriot"] }));
    expect(loadError(cased)).toContain('phrase "Patriot" is claimed by terms "word" and "patriot"');
  });

  it("reports a malformed quantities file with its name and the path inside it", () => {
    const copy = structuredClone(raw) as Record<string, Record<string, unknown>>;
    copy["quantities.yaml"]!.qualifiers = { roughly: ["roughly"] };
    expect(loadError(copy)).toMatch(/^quantities\.yaml: qualifiers/);
  });
});

const rules: VariantRules = {
  spelling: new Map([
    ["defence", "defense"],
    ["defense", "defence"],
  ]),
  uncountable: new Set(["ammunition"]),
  irregularPlurals: new Map([["serviceman", "servicemen"]]),
};

describe("phrase variants", () => {
  it.each([
    ["howitzer", "howitzers"],
    ["artillery shell", "artillery shells"],
    ["battery", "batteries"],
    ["anti-tank missile", "anti-tank missiles"],
    ["KN-23", "KN-23s"],
    ["serviceman", "servicemen"],
    ["ammunition", null],
    ["arms", null],
  ])("plural of %s", (phrase, plural) => {
    expect(pluralOf(phrase, rules)).toBe(plural);
  });

  it("spells, hyphenates and pluralises", () => {
    expect(phraseVariants("air defence system", rules).sort()).toEqual([
      "air defence systems",
      "air defense system",
      "air defense systems",
      "air-defence system",
      "air-defence systems",
      "air-defense system",
      "air-defense systems",
    ]);
  });
});

describe("domainOf", () => {
  it.each([
    ["missile.srbm", "missile"],
    ["nuclear", "nuclear"],
  ])("%s → %s", (category, domain) => {
    expect(domainOf(category)).toBe(domain);
  });
});
