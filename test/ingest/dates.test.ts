import { describe, expect, it } from "vitest";
import { normaliseDate } from "../../src/ingest/dates.js";

describe("normaliseDate", () => {
  it.each([
    ["2023-11-02", "2023-11-02"],
    ["2023-11-02T10:00:00Z", "2023-11-02"],
    ["2023-11-02T23:30:00-05:00", "2023-11-02"], // the outlet's own calendar day
    ["2023/1/5", "2023-01-05"],
    ["Thu, 02 Nov 2023 10:00:00 GMT", "2023-11-02"],
    ["Tue, 7 Feb 2023 16:45:00 +0000", "2023-02-07"],
    ["2 November 2023", "2023-11-02"],
    ["November 2, 2023", "2023-11-02"],
    ["Sept. 14 2022", "2022-09-14"],
    ["Thursday, March 3rd, 2022", "2022-03-03"],
    [1698919200, "2023-11-02"],
    ["1698919200000", "2023-11-02"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });

  it.each([
    ["unknown"],
    [""],
    ["2023-02-30"],
    ["2023-11"],
    ["Marching 2, 2023"],
    ["next Tuesday"],
    [null],
    [42],
    [{}],
  ])("%s → null", (input) => {
    expect(normaliseDate(input)).toBeNull();
  });
});
