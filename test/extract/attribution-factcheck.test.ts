// Speakers as fact-check copy names them: behind markdown links, by a name the gazetteer does not
// know with its affiliation in an appositive, closing a quotation of several sentences, and with
// the listener after the verb ("…,” Jane Roe told Fact Desk.").
import { describe, expect, it } from "vitest";
import { claimsOf, summaries } from "./run.js";

const INSTITUTE = "[org:research:US:Example Institute]";

describe("fact-check sources", () => {
  it("reads the affiliation of an unknown linked name from its appositive", () => {
    const [c] = claimsOf(
      `“[IR:Iran] has shipped [item:drone:drones] to [RU:Russia],” [Jane Roe](https://example.org/jane), a policy analyst at the ${INSTITUTE}, said.`,
    );
    expect(c!.source).toEqual({ name: "Jane Roe", kind: "research", country: "US" });
  });

  it("keeps a closing attribution with its listener and time after the verb", () => {
    const out = summaries(
      `“[IR:Iran] has shipped [item:drone:drones] to [RU:Russia],” Jane Roe, a policy analyst at the ${INSTITUTE}, told Fact Desk last week.`,
    );
    expect(out).toEqual(["transfer IR>RU [drone] delivered CT+ research/US"]);
  });

  it("gives a quotation of several paragraphs, and its 'I believe', to the speaker named at its end", () => {
    const out = summaries(
      `[person:US:John Smith] spoke first.\n\n“It is the consensus, I believe, and not just a hunch, that [IR:Iran] shipped [item:drone:drones] to [RU:Russia].\n\nThat is largely true,” [Jane Roe](https://example.org/jane), a fellow at the ${INSTITUTE}, told Fact Desk.`,
    );
    expect(out).toEqual(["transfer IR>RU [drone] delivered PR+ research/US"]);
  });

  it("does not read 'not just' as a negation", () => {
    const out = summaries(
      "[person:US:John Smith] said it is a fact, and not just a claim, that [IR:Iran] sent [item:drone:drones] to [RU:Russia].",
    );
    expect(out).toEqual(["transfer IR>RU [drone] delivered CT+ government/US"]);
  });

  it("gives a linked report the country of the outlet named before it", () => {
    const [c] = claimsOf(
      "A [org:media:US:Daily Courier] [report](https://example.com/r) found that [KP:North Korea] sent [item:missile:missiles] to [SY:Syria].",
    );
    expect(c!.source).toEqual({ name: "report", kind: "media", country: "US" });
  });

  it("gives speech only alleged to an outlet to the unnamed claimants", () => {
    const [c, ...rest] = claimsOf(
      "Fact Desk debunked claims that [org:media:GB:Example News] reported [UA:Ukraine] was sending [item:arms:weapons] to [SY:Syria].",
    );
    expect(rest).toEqual([]);
    expect(c!.source).toEqual({ name: "claims", kind: "person", country: null });
  });
});
