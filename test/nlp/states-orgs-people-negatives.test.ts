// Strings in which the entity layer must find no state, organisation or person.
import { describe, expect, it } from "vitest";
import { annotated } from "./states.helpers.js";

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
