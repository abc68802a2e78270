// A government body no phrase locates belongs to the state the article opened with.
import { describe, expect, it } from "vitest";
import { mentionsOf } from "./states.helpers.js";

const orgsIn = (text: string) => mentionsOf(text, "org").map((m) => [m.text, m.country]);

describe("recogniseOrganisations: the article's lead state", () => {
  it("locates an unqualified ministry in the state named first", () => {
    const text =
      "Chile tightened its drone export rules on Monday. The rules start today, the Ministry of Commerce said.";
    expect(orgsIn(text)).toEqual([["Ministry of Commerce", "CL"]]);
  });

  it("keeps the state its own phrase names", () => {
    const text = "Chile tightened its rules. Peru's Ministry of Commerce said it would follow.";
    expect(orgsIn(text)).toEqual([["Peru's Ministry of Commerce", "PE"]]);
  });

  it("leaves a ministry named before any state unlocated", () => {
    expect(orgsIn("The Ministry of Commerce said Chile would follow.")).toEqual([
      ["Ministry of Commerce", null],
    ]);
  });
});
