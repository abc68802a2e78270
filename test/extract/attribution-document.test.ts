// Attribution across a document: an announced transfer stays the announcer's in later
// author-voice sentences, and a definite source noun refers back to the same noun named earlier.
import { describe, expect, it } from "vitest";
import { claimsOf, summaries } from "./run.js";

describe("an announced transfer", () => {
  it("is the announcing government's also where later paragraphs describe it", () => {
    const out = summaries(
      "[FR:French] officials announced that [FR:France] will send [item:artillery.howitzer:howitzers] to [UA:Ukraine].\n\n" +
        "[FR:France] will also send [item:drone:drones] to [UA:Ukraine].",
    );
    expect(out).toEqual([
      "transfer FR>UA [artillery.howitzer] planned CT+ government/FR",
      "transfer FR>UA [drone] planned CT+ government/FR",
    ]);
  });

  it("is not carried from a third party's report", () => {
    const out = summaries(
      "[RU:Russian] officials said [FR:France] sent [item:artillery.howitzer:howitzers] to [UA:Ukraine].\n\n" +
        "[FR:France] also sent [item:drone:drones] to [UA:Ukraine].",
    );
    expect(out[1]).toBe("transfer FR>UA [drone] delivered CT+ author/-");
  });

  it("is not carried from a denial", () => {
    const out = summaries(
      "[FR:France] denied that it sent [item:artillery.howitzer:howitzers] to [UA:Ukraine].\n\n" +
        "[FR:France] sent [item:drone:drones] to [UA:Ukraine] last year.",
    );
    expect(out[out.length - 1]).toBe("transfer FR>UA [drone] delivered CT+ author/-");
  });

  it("is not carried to a transfer with a supplier that did not announce it", () => {
    const out = summaries(
      "[FR:French] officials announced that [FR:France] will send [item:artillery.howitzer:howitzers] to [UA:Ukraine].\n\n" +
        "[FR:France] and [DE:Germany] sent [item:drone:drones] to [UA:Ukraine].",
    );
    expect(out.slice(1)).toEqual([
      "transfer FR>UA [drone] delivered CT+ author/-",
      "transfer DE>UA [drone] delivered CT+ author/-",
    ]);
  });
});

describe("a definite source noun", () => {
  it("takes the state the same noun had earlier in the article", () => {
    const claims = claimsOf(
      "The [FR:French] ministry said [IR:Iran] sent [item:drone:drones] to [RU:Russia].\n\n" +
        "The ministry said [IR:Iran] also sent [item:missile:missiles] to [RU:Russia].",
    );
    expect(claims.map((c) => c.source.country)).toEqual(["FR", "FR"]);
  });

  it("does not pass its state to an indefinite one", () => {
    const claims = claimsOf(
      "[FR:French] officials said [IR:Iran] sent [item:drone:drones] to [RU:Russia].\n\n" +
        "Officials said [IR:Iran] also sent [item:missile:missiles] to [RU:Russia].",
    );
    expect(claims.map((c) => c.source.country)).toEqual(["FR", null]);
  });
});

describe("a source noun after a modifier", () => {
  it("takes the state before the modifier", () => {
    const claims = claimsOf(
      "The [RU:Kremlin]'s official spokesperson, [person:-:Ivan Petrov], said [US:Washington] sent [item:missile:missiles] to [UA:Kyiv].",
    );
    expect(claims[0]!.source.country).toBe("RU");
    const senior = claimsOf(
      "[GB:Britain]'s senior officials said [IR:Iran] sent [item:drone:drones] to [RU:Russia].",
    );
    expect(senior[0]!.source).toMatchObject({ kind: "government", country: "GB" });
  });
});

describe("speakers of records and plans", () => {
  it("gives a request for funds to a legislature to the asking government", () => {
    const out = summaries(
      "[person:US:John Smith] requested $2bn in [item:arms:military aid] for [UA:Ukraine] from Congress.",
    );
    expect(out).toEqual(["transfer US>UA [arms] planned CT+ government/US"]);
  });

  it("gives funding a government asked its legislature for to that government", () => {
    const [c] = claimsOf(
      "[person:US:John Smith] asked [org:legislature:US:Congress] to approve [qty:5000000000:exact:USD:$5bn] in [item:arms:military aid] for [UA:Ukraine].",
    );
    expect(c!.source).toMatchObject({ kind: "government", country: "US" });
  });

  it("leaves a plan far after the supplier to the author", () => {
    const [c] = claimsOf(
      "[US:US] shipments of [item:arms:weapons] to [UA:Ukraine] continued while [DE:Germany] agreed to talk.",
    );
    expect(c!.source).toMatchObject({ kind: "author" });
  });

  it("makes whoever presents an analysis its source", () => {
    const [c] = claimsOf(
      "An [org:media:GB:Daily Courier] analysis found that [IR:Iran] sent [item:drone:drones] to [RU:Russia].",
    );
    expect(c!.source).toMatchObject({ kind: "media", country: "GB" });
  });

  it("makes whoever welcomes a transfer its source", () => {
    const [c] = claimsOf(
      "[person:UA:Ivan Petrenko] welcomed the decision of [DE:Germany] to send [item:air_defense:air defence systems] to [UA:Ukraine].",
    );
    expect(c!.source).toMatchObject({ kind: "government", country: "UA" });
  });
});

describe("a person with no known state set off by a title", () => {
  it("takes the state and kind of the title after the name", () => {
    const [c] = claimsOf(
      "[person:-:person:Ivan Petrov], minister of defence of [RU:Russia], said [US:Washington] sent [item:missile:missiles] to [UA:Kyiv].",
    );
    expect(c!.source).toEqual({ name: "Ivan Petrov", kind: "government", country: "RU" });
  });

  it("keeps a person without a title a person", () => {
    const [c] = claimsOf(
      "[person:-:person:Ivan Petrov], who lives in [RU:Russia], said [US:Washington] sent [item:missile:missiles] to [UA:Kyiv].",
    );
    expect(c!.source).toMatchObject({ kind: "person", country: null });
  });
});

describe("the outlet", () => {
  it("refers back to the last media source named", () => {
    const claims = claimsOf(
      "[FR:France] sent [item:artillery.howitzer:howitzers] to [UA:Ukraine], according to the [org:media:GB:Daily Courier].\n\n" +
        "[FR:France] also sent [item:drone:drones] to [UA:Ukraine], the outlet reported.",
    );
    expect(claims.map((c) => `${c.source.kind}/${c.source.country}`)).toEqual(["media/GB", "media/GB"]);
  });
});
