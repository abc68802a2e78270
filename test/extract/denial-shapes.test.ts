// Denials that point back at an allegation made earlier in the article without repeating it.
import { describe, expect, it } from "vitest";
import { summaries } from "./run.js";

const ALLEGED = "Online posts said [NO:Norland] was sending [item:arms:rifles] to [RU:Ruritania].";

describe("denial shapes", () => {
  it("reads 'told LISTENER the claim was false' as the speaker's denial", () => {
    const out = summaries(
      `${ALLEGED} [org:research:-:Analysts] told the [org:media:GB:Daily Planet] last week the claim was false.`,
    );
    expect(out).toContain("transfer NO>RU [arms] unknown CT- research/-");
  });

  it("reads 'said the reports were baseless' as a denial", () => {
    const out = summaries(`${ALLEGED} [NO:Norland] said the reports were baseless.`);
    expect(out).toContain("transfer NO>RU [arms] unknown CT- government/NO");
  });

  it("keeps a false claim about something else out", () => {
    const out = summaries(`${ALLEGED} [NO:Norland] said the claim was false and the posts came from bots.`);
    expect(out.filter((s) => s.includes("CT-"))).toEqual([]);
  });

  it("denies each transfer an accusation of spreading falsehoods is about", () => {
    const text = [
      "Posts said both [RU:Ruritania] and [UA:Valdonia] were using [NO:Norlandic] [item:drone:drones].",
      '[NO:Norland] accused foreign media of spreading "false information" about [NO:Norlandic] [item:drone:drone] sales.',
    ].join(" ");
    const denials = summaries(text).filter((s) => s.includes("CT-"));
    expect(denials).toEqual([
      "transfer NO>RU [drone] unknown CT- government/NO",
      "transfer NO>UA [drone] unknown CT- government/NO",
    ]);
  });
});

describe("a denial stating its own content", () => {
  it("reads a leak of intelligence inside 'rejected claims it leaked …'", () => {
    const out = summaries(
      "[org:company:NO:Acme] rejected claims it leaked [item:intelligence:data on troop positions] to [RU:Ruritania].",
    );
    expect(out).toEqual(["transfer NO>RU [intelligence] unknown CT- company/NO"]);
  });
});
