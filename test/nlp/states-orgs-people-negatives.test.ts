// Strings in which the entity layer must find no state, organisation or person.
import { describe, expect, it } from "vitest";
import type { Mention } from "../../src/core/model.js";
import { recogniseOrganisations } from "../../src/nlp/recognise-organisations.js";
import { recognisePeople } from "../../src/nlp/recognise-people.js";
import { recogniseStates } from "../../src/nlp/recognise-states.js";
import { tokenize } from "../../src/nlp/tokenize.js";
import { annotated, docOf, lex } from "./states.helpers.js";

const NEGATIVES = [
  "They cooked a turkey and some chad for us.",
  "Send it to us by noon.",
  "The military equipment was old.",
  "Military cooperation deepened over the year.",
  "Michael Jordan and Chad Smith played.",
  "The Jordan River ran low.",
  "Atlanta, Georgia is warm.",
  "On the Korean Peninsula tension rose.",
  "The North American market grew.",
  "a guinea pig and a china cup",
  "Prices rose in Brussels offices.",
  "The general public was not told.",
  "The minister said on Monday that it was over.",
  "The president said nothing.",
  "A spokesman declined to comment.",
  "Officials said the government would decide.",
  "It is un-American to ask.",
  "The un-named official spoke in an aside.",
  "THE NEWS WAS BAD AND NOS ALSO.",
  "The Georgia Tech team won.",
  "Analysts said it was unclear.",
  "Its armed forces budget grew.",
  "He said no. , and then left.",
];

describe("negative cases", () => {
  it.each(NEGATIVES)("%s", (text) => {
    const found = annotated(text).mentions.filter((m) => ["state", "org", "person"].includes(m.kind));
    expect(found.map((m) => `${m.kind}:${m.text}`)).toEqual([]);
  });
});

describe("pathological input", () => {
  const run = (text: string) => {
    const doc = docOf(text);
    const tokens = tokenize(text);
    const found: Mention[] = [];
    const t0 = performance.now();
    for (const recognise of [recogniseOrganisations, recogniseStates, recognisePeople]) {
      found.push(...recognise({ doc, sentences: [], tokens, lex, found }));
    }
    return { found, ms: performance.now() - t0 };
  };

  it("stays linear on a line of 100,000 commas and capitalised words", () => {
    const { ms } = run(
      `${"Russia, ".repeat(50_000)}${", ".repeat(100_000)}${"President Alpha Beta ".repeat(20_000)}`,
    );
    expect(ms).toBeLessThan(5000);
  });

  it("stays linear with thousands of defined acronyms and near misses", () => {
    const letter = (n: number) => String.fromCharCode(65 + (n % 26));
    const body = (n: number) => [n, n / 26, n / 676].map((k) => letter(Math.floor(k)));
    const text = Array.from({ length: 15_000 }, (_, n) => {
      const [a, b, c] = body(n);
      return `the ${a}ord ${b}ord ${c}ord Council (${a}${b}${c}C) and ${a}${b}${c}D.`;
    }).join(" ");
    const { found, ms } = run(text);
    expect(found.length).toBeGreaterThan(15_000);
    expect(ms).toBeLessThan(5000);
  });
});
