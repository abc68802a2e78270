// Meetings and condemnations whose parties are not a plain subject and object: titles, gerund
// adjuncts, calls, delegations, first-person condemners. Made-up sentences, one per shape.
import { describe, expect, it } from "vitest";
import { summaries } from "./run.js";

const CASES: Array<[string, string, string[]]> = [
  [
    "a title alone stands for the article's main official",
    "[person:NO:Ola Sample] spoke on Monday. The prime minister will visit [SE:Sweden] next week.",
    ["meeting NO+SE planned CT+ author/-"],
  ],
  [
    "a gerund adjunct takes the sentence subject",
    "[person:NO:Ola Sample] said after meeting with [person:SE:Sven Example] that ties were strong.",
    ["meeting NO+SE unknown CT+ government/NO"],
  ],
  [
    "a second stop after a visit",
    "[person:NO:Ola Sample] will visit [SE:Sweden] before travelling to [FI:Finland].",
    ["meeting NO+SE planned CT+ author/-", "meeting NO+FI unknown CT+ author/-"],
  ],
  [
    "a second stop of a title holder",
    "[person:NO:Ola Sample] spoke. The prime minister will visit [SE:Sweden] before travelling to [FI:Finland].",
    ["meeting NO+SE planned CT+ author/-", "meeting NO+FI unknown CT+ author/-"],
  ],
  [
    "an opening participle has its subject after the comma",
    "Speaking alongside [person:SE:Sven Example], [person:NO:Ola Sample] said ties were strong.",
    ["meeting NO+SE unknown CT+ government/NO"],
  ],
  [
    "a call between two leaders",
    "In a call on Friday, [person:NO:Ola Sample] told the [SE:Swedish] premier about the plan.",
    ["meeting NO+SE unknown CT+ author/-"],
  ],
  [
    "a delegation of a state received",
    "[person:NO:Ola Sample] received a military delegation of [SE:Sweden].",
    ["meeting NO+SE unknown CT+ author/-"],
  ],
  [
    "a demonym before a title is the counterpart's state",
    "[person:NO:Ola Sample] met the [SE:Swedish] prime minister in Oslo.",
    ["meeting NO+SE unknown CT+ author/-"],
  ],
  [
    "a first-person condemnation inside a quotation",
    '[NO:Norway] said: "We strongly condemn [SE:Sweden] for its conduct."',
    ["condemnation >SE unknown CT+ government/NO"],
  ],
];

const NEGATIVES: Array<[string, string]> = [
  ["a title with no official named in the article", "The prime minister will visit [SE:Sweden] next week."],
  [
    "a multi-state summit",
    "[person:NO:Ola Sample] met leaders of [SE:Sweden], [FI:Finland] and [DK:Denmark].",
  ],
  ["a demonym modifying a thing", "[NO:Norway] hopes to meet [SE:Swedish] demand for timber."],
  [
    "an opening participle with no counterpart",
    "Speaking alongside aides, [person:NO:Ola Sample] said ties were strong.",
  ],
  ["a call for something", "[NO:Norway] renewed calls for [SE:Sweden] to act."],
  ["first person with no condemning word", '[NO:Norway] said: "We oppose the plan of [SE:Sweden]."'],
];

describe("meeting and condemnation parties", () => {
  it.each(CASES)("%s", (_name, marked, expected) => {
    expect(summaries(marked).sort()).toEqual([...expected].sort());
  });
  it.each(NEGATIVES)("no event: %s", (_name, marked) => {
    expect(summaries(marked).filter((s) => s.startsWith("meeting") || s.startsWith("condemnation"))).toEqual(
      [],
    );
  });
});
