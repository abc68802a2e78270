import { describe, expect, it } from "vitest";
import { toInputOffset } from "../../src/core/offsets.js";
import { parseInput } from "../../src/ingest/index.js";
import { normaliseText } from "../../src/ingest/normalise.js";

/**
 * Every word of the body ("mention-like span"), mapped back, must be the same word in the input
 * (compared in NFC: "Pe\u0301ter" in the input is the composed "Péter" in the body).
 */
function expectWordsMapBack(input: string, hint: "text" | "json" = "text") {
  const [doc] = parseInput(input, "-", hint);
  const at = (o: number) => toInputOffset(doc!.offsets, o);
  let words = 0;
  for (const m of doc!.text.matchAll(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    expect(input.slice(at(start), at(end)).normalize("NFC")).toBe(m[0]);
    words++;
  }
  return { doc: doc!, words };
}

describe("normaliseText", () => {
  it.each([
    ["CRLF becomes LF", "Rifles\r\nwere sent.\r\n", "Rifles\nwere sent."],
    ["a lone CR ends a line", "Rifles\rwere sent.", "Rifles\nwere sent."],
    ["non-breaking and thin spaces become spaces", "10\u00A0000\u2009shells", "10 000 shells"],
    ["zero-width characters are removed", "am\u200Bmu\u200Dnition\uFEFF", "ammunition"],
    ["soft hyphens are removed", "howit\u00ADzers", "howitzers"],
    ["line separators become newlines", "One.\u2028Two.", "One.\nTwo."],
    ["combining sequences are composed", "Pe\u0301ter", "Péter"],
    ["leading and trailing blank lines are trimmed", "\n\n  Tanks.  \n\n", "Tanks."],
  ])("%s", (_label, input, expected) => {
    expect(normaliseText(input).text).toBe(expected);
  });

  it("maps words after every kind of change back to the input", () => {
    const input =
      "\uFEFFEastland\u00A0said\r\nthat 12\u200B howit\u00ADzers\u2009and Pe\u0301ter’s drones\r\n\r\nwere sent\u200B.\u2028Northland denied it.\r\n";
    // A soft hyphen inside a word is dropped, so that one word cannot equal its input: left out here.
    const { doc, words } = expectWordsMapBack(input.replace("howit\u00ADzers", "howitzers"));
    expect(doc.text).toBe(
      "Eastland said\nthat 12 howitzers and Péter’s drones\n\nwere sent.\nNorthland denied it.",
    );
    expect(words).toBeGreaterThan(10);
  });

  it("maps a word ending before a CRLF or an invisible character to its exact end", () => {
    const input = "Tanks\r\nwere\u200B sent";
    const { text, offsets } = normaliseText(input);
    const endOfTanks = text.indexOf("\n");
    expect(toInputOffset(offsets, endOfTanks)).toBe(5);
    expect(
      input.slice(
        toInputOffset(offsets, text.indexOf("were")),
        toInputOffset(offsets, text.indexOf("were") + 4),
      ),
    ).toBe("were");
    expect(input.slice(toInputOffset(offsets, text.indexOf("sent")))).toBe("sent");
  });

  it("offsets a header file's body past the header", () => {
    const input =
      "title: Tanks\r\npublished: 2022-01-02\r\n---\r\nEastland\u00A0bought tanks.\r\nWestland\u200B objected.";
    const { doc } = expectWordsMapBack(input);
    expect(doc.text).toBe("Eastland bought tanks.\nWestland objected.");
    expect(toInputOffset(doc.offsets, 0)).toBe(input.indexOf("Eastland"));
  });

  it("offsets a JSON record's body into the decoded text value", () => {
    const value = "Radars\r\nwere\u00A0sold.";
    const [doc] = parseInput(JSON.stringify({ text: value }), "-", "json");
    expect(value.slice(toInputOffset(doc!.offsets, 7), toInputOffset(doc!.offsets, 11))).toBe("were");
  });

  it("keeps the anchor list short: one anchor per deletion, none for one-for-one changes", () => {
    const { offsets } = normaliseText("a\u00A0b\u00A0c\r\nd\r\ne");
    expect(offsets).toEqual([
      { text: 0, input: 0 },
      { text: 6, input: 7 },
      { text: 8, input: 10 },
    ]);
  });
});
