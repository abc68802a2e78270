// The claim lexicon compiles from lexicons/claims/*.yaml and fails loudly on broken data.
import { describe, expect, it } from "vitest";
import { CLAIM_FILES, compileClaimCues } from "../../src/lexicon/claim-cues.js";
import { readLexiconFiles } from "../../src/lexicon/load.js";
import { LexiconError } from "../../src/lexicon/types.js";
import { tokenize } from "../../src/nlp/tokenize.js";

const raw = readLexiconFiles(CLAIM_FILES);

describe("compileClaimCues", () => {
  it("gives every phrase all of its roles", () => {
    const lex = compileClaimCues(raw);
    const hits = lex.cues.findAll(tokenize("Military officials said they suspect it may have sent reports."));
    expect(
      hits.map((h) => [
        h.phrase,
        h.value
          .map((c) => c.role)
          .sort()
          .join("+"),
      ]),
    ).toEqual([
      ["military officials", "source-noun"],
      ["said", "report"],
      ["they", "speaker-pronoun"],
      ["suspect", "report"],
      ["it", "speaker-pronoun"],
      ["may have", "hedge"],
      ["sent", "transfer"],
      ["reports", "allegation+report+source-noun"],
    ]);
    expect(lex.words.conjunctions.has("and")).toBe(true);
  });

  it("matches the month May as no hedge", () => {
    const lex = compileClaimCues(raw);
    expect(lex.cues.findAll(tokenize("In May they met."))[0]?.phrase).toBe("they");
  });

  it("rejects a phrase listed twice in one role", () => {
    const broken = structuredClone(raw) as Record<string, { hedges: unknown[] }>;
    broken["claims/modality.yaml"]!.hedges.push({ phrase: "likely", factuality: "PR+" });
    expect(() => compileClaimCues(broken)).toThrow(/"likely" is listed twice as hedge/);
  });

  it("names the file and path of invalid data", () => {
    const broken = structuredClone(raw) as Record<string, { verbs: Array<{ factuality: string }> }>;
    broken["claims/reporting-verbs.yaml"]!.verbs[0]!.factuality = "sure";
    expect(() => compileClaimCues(broken)).toThrow(LexiconError);
    expect(() => compileClaimCues(broken)).toThrow(/claims\/reporting-verbs\.yaml: verbs\.0\.factuality/);
  });
});
