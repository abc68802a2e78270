import { describe, expect, it } from "vitest";
import type { TimeMention } from "../../src/core/model.js";
import { PUBLISHED, spanText, timesIn } from "./items-context.js";

type Expected = [text: string, start: string | null, end: string | null, precision: TimeMention["precision"]];

// Published on Thursday 2023-11-02. [made-up sentence, the times in it]
const CASES: Array<[string, Expected[]]> = [
  ["Officials said Thursday that it arrived.", [["Thursday", "2023-11-02", "2023-11-02", "day"]]],
  [
    "They met on Wednesday and on Friday.",
    [
      ["on Wednesday", "2023-11-01", "2023-11-01", "day"],
      ["on Friday", "2023-10-27", "2023-10-27", "day"],
    ],
  ],
  ["It was agreed last week.", [["last week", "2023-10-23", "2023-10-29", "range"]]],
  ["Shells have been sent since August.", [["since August", "2023-08", null, "month"]]],
  [
    "They met in September and in December.",
    [
      ["in September", "2023-09", "2023-09", "month"],
      ["in December", "2022-12", "2022-12", "month"],
    ],
  ],
  ["The talks began earlier this year.", [["earlier this year", "2023-01-01", "2023-11-02", "range"]]],
  [
    "It was signed last month, not last year.",
    [
      ["last month", "2023-10", "2023-10", "month"],
      ["last year", "2022", "2022", "year"],
    ],
  ],
  ["Deliveries recently resumed.", [["recently", null, null, null]]],
  [
    "The deal signed in 2022 ends in January 2024.",
    [
      ["in 2022", "2022", "2022", "year"],
      ["in January 2024", "2024-01", "2024-01", "month"],
    ],
  ],
  ["They will arrive by October 2023.", [["by October 2023", null, "2023-10", "month"]]],
  [
    "The accusation of Oct. 13 and the note on 13 October.",
    [
      ["Oct. 13", "2023-10-13", "2023-10-13", "day"],
      ["on 13 October", "2023-10-13", "2023-10-13", "day"],
    ],
  ],
  [
    "Filed 2023-08-14 and dated October 13, 2022.",
    [
      ["2023-08-14", "2023-08-14", "2023-08-14", "day"],
      ["October 13, 2022", "2022-10-13", "2022-10-13", "day"],
    ],
  ],
  [
    "It happened last Thursday and will resume next year.",
    [
      ["last Thursday", "2023-10-26", "2023-10-26", "day"],
      ["next year", "2024", "2024", "year"],
    ],
  ],
  [
    "It fell three days ago, after a strike yesterday.",
    [
      ["three days ago", "2023-10-30", "2023-10-30", "day"],
      ["yesterday", "2023-11-01", "2023-11-01", "day"],
    ],
  ],
  [
    "Output peaked in mid-2023 and this past April.",
    [
      ["in mid-2023", "2023", "2023", "year"],
      ["this past April", "2023-04", "2023-04", "month"],
    ],
  ],
  [
    "Talks stalled last June; on Wednesday, Oct. 4 they resumed.",
    [
      ["last June", "2023-06", "2023-06", "month"],
      ["on Wednesday, Oct. 4", "2023-10-04", "2023-10-04", "day"],
    ],
  ],
  [
    "It runs until 2025, having started in recent months.",
    [
      ["until 2025", null, "2025", "year"],
      ["in recent months", null, null, null],
    ],
  ],
];

describe("recogniseTimes", () => {
  it.each(CASES)("%s", (text, expected) => {
    const found = timesIn(text);
    expect(found.map((t) => [t.text, t.startDate, t.endDate, t.precision])).toEqual(expected);
    for (const t of found) expect(spanText(text, t)).toBe(t.text);
  });

  it("keeps the cue as data", () => {
    const [since, by] = timesIn("Sent since August, due by the end of 2024.");
    expect(since).toMatchObject({ cue: "since", rule: "time:date" });
    expect(by).toMatchObject({
      text: "by the end of 2024",
      cue: "by the end of",
      startDate: null,
      endDate: "2024",
    });
  });

  it("keeps the relative word as the cue", () => {
    const found = timesIn("It began earlier this year, grew last week and has grown since last June.");
    expect(found.map((t) => t.cue)).toEqual(["earlier this", "last", "since last"]);
  });

  it("keeps relative times as text when the publication date is unknown", () => {
    const found = timesIn("They met in September, on Wednesday, in 2022.", null);
    expect(found.map((t) => [t.text, t.startDate, t.endDate])).toEqual([
      ["in September", null, null],
      ["on Wednesday", null, null],
      ["in 2022", "2022", "2022"],
    ]);
  });

  it("resolves against the publication date it is given", () => {
    expect(PUBLISHED).toBe("2023-11-02");
    const [t] = timesIn("It arrived on Monday.", "2024-07-31");
    expect(t).toMatchObject({ startDate: "2024-07-29" });
  });
});

// Sentences with no time expression.
const NEGATIVE = [
  "Jan Novak said the talks were useful.",
  "She may visit; the march was peaceful.",
  "Since then, the shells were sent in a convoy.",
  "A day after the visit, the ministry spoke.",
  "On arrival, 300 trucks were counted.",
];

describe("recogniseTimes negatives", () => {
  it.each(NEGATIVE)("%s", (text) => {
    expect(timesIn(text).map((t) => t.text)).toEqual([]);
  });
});
