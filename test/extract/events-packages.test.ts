// Aid packages whose parts have their own recipients, breakdowns by value, lists set out in
// lines after a colon, and aid called for on behalf of others by a person named before "he".
import { describe, expect, it } from "vitest";
import { summaries } from "./run.js";

const CASES: Array<[string, string, string[]]> = [
  [
    "unnamed others after the beneficiaries get a claim with no recipient",
    "[FR:France] sent [item:arms:weapons] to [UA:Ukraine] in a bill that also included assistance for [MD:Moldova] and other partners.",
    [
      "transfer FR>UA [arms] delivered CT+ author/-",
      "transfer FR>MD [arms] delivered CT+ author/-",
      "transfer FR>- [arms] delivered CT+ author/-",
    ],
  ],
  [
    "the assistance of the added beneficiaries is not the first recipient's",
    "[FR:France] will send [item:arms:weapons] to [UA:Ukraine] under a law that also included [item:economic:assistance] for [MD:Moldova].",
    ["transfer FR>UA [arms] planned CT+ author/-", "transfer FR>MD [arms] planned CT+ author/-"],
  ],
  [
    "a part added with its own recipient",
    "[FR:France] approved [item:arms:military aid] for [UA:Ukraine], along with [item:naval:patrol boats] to [MD:Moldova].",
    ["transfer FR>UA [arms] planned CT+ government/FR", "transfer FR>MD [naval] planned CT+ government/FR"],
  ],
  [
    "a list set out in lines after a colon",
    "[FR:France] will send [item:arms:military aid] to [UA:Ukraine].\n\nThe new aid will include:\n\nMore [item:artillery:artillery].\n\nSome [item:air_defense:air defence systems].",
    [
      "transfer FR>UA [arms] planned CT+ author/-",
      "transfer FR>UA [artillery] planned CT+ author/-",
      "transfer FR>UA [air_defense] planned CT+ author/-",
    ],
  ],
  [
    "lines in one paragraph are no set-out list",
    "[FR:France] will send [item:arms:military aid] to [UA:Ukraine].\n\nThe new aid will include: Officials in [DE:Germany] bought [item:artillery:artillery] for their army.",
    ["transfer FR>UA [arms] planned CT+ author/-"],
  ],
  [
    "a package broken down by value among named and unnamed recipients",
    "[FR:France] approved [item:arms:military aid] for [UA:Ukraine]. The law includes [qty:5000000000:exact:USD:$5bn] for [MD:Moldova]; [qty:2000000000:exact:USD:$2bn] to rebuild [GE:Georgia]'s army; and [qty:1000000000:exact:USD:$1bn] for the Sahel region.",
    [
      "transfer FR>UA [arms] planned CT+ government/FR",
      "transfer FR>MD [arms] planned CT+ government/FR",
      "transfer FR>GE [arms] planned CT+ government/FR",
      "transfer FR>- [arms] planned CT+ government/FR",
    ],
  ],
  [
    "aid called for by the person before 'he' is theirs to give",
    "[person:FR:Emmanuel Macron] gave a speech in which he called for more [item:economic:aid] to [UA:Ukraine] and [MD:Moldova].",
    [
      "transfer FR>UA [economic] planned CT+ government/FR",
      "transfer FR>MD [economic] planned CT+ government/FR",
    ],
  ],
];

describe("aid packages", () => {
  it.each(CASES)("%s", (_name, marked, expected) => {
    expect(summaries(marked).sort()).toEqual([...expected].sort());
  });
});
