// People named after their role across a comma, after a banner line, and reporters whose
// outlet says where they speak from.
import { describe, expect, it } from "vitest";
import { mentionsOf } from "./states.helpers.js";

const peopleIn = (text: string) =>
  mentionsOf(text, "person").map((m) => [m.text, m.role, m.country, m.sourceKind]);

describe("recognisePeople: role, comma, name", () => {
  it("gives the role before the comma to the name that closes the clause", () => {
    expect(peopleIn("Shells hit the market, said the mayor, Olena Hrytsenko.")).toEqual([
      ["Olena Hrytsenko", "mayor", null, "government"],
    ]);
  });

  it("takes the state named with the role", () => {
    expect(peopleIn("Sweden's defence minister, Karl Holm, said so.")).toEqual([
      ["Karl Holm", "defence minister", "SE", "government"],
    ]);
  });

  it("reads no name when the clause goes on", () => {
    expect(peopleIn("He met the minister, Anna Berg and others on Monday.")).toEqual([]);
  });
});

describe("recognisePeople: a paragraph's first word", () => {
  it("does not join a name to the banner line above it", () => {
    const text = "Josep Borrell spoke first.\n\nREAD MORE ON OUR APP\n\nBorrell said more was needed.";
    expect(peopleIn(text).map((p) => p[0])).toEqual(["Josep Borrell", "Borrell"]);
  });
});

describe("recognisePeople: a reporter's outlet", () => {
  it("takes the outlet's state over the beat named before the title", () => {
    expect(peopleIn("Olga Weiss, the Cairo correspondent of Asia Times, wrote it.")).toEqual([
      ["Olga Weiss", "correspondent", "HK", "media"],
    ]);
  });

  it("keeps the state before other titles", () => {
    expect(peopleIn("Olga Weiss, the Egyptian ambassador at the UN, spoke.")[0]?.[2]).toBe("EG");
  });
});
