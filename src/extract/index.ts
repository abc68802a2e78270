// Claims from an annotated document. Rules read one sentence each and make drafts; refiners then
// rewrite the whole list; `finalise` turns drafts into contract claims.
import type { AnnotatedDocument, Claim } from "../core/model.js";
import type { Lexicons } from "../lexicon/types.js";
import type { ExtractContext, Refiner, Rule } from "./context.js";
import type { Draft } from "./draft.js";
import { finalise } from "./finalise.js";
import { attribute } from "./refiners/attribute.js";
import { corroborate } from "./refiners/corroborate.js";
import { dropNonAssertions } from "./refiners/drop-non-assertions.js";
import { localFactuality } from "./refiners/factuality.js";
import { inferMissingEnd } from "./refiners/infer-missing-end.js";
import { joinBrokenLists } from "./refiners/join-broken-lists.js";
import { relayVia } from "./refiners/relay-via.js";
import { status } from "./refiners/status.js";
import { time } from "./refiners/time.js";
import { urgedRequests } from "./refiners/urged-request.js";
import { resolveAttributions } from "./resolve-attributions.js";
import { condemnation } from "./rules/condemnation.js";
import { condemnationLabel } from "./rules/condemnation-label.js";
import { denialOfAccusation } from "./rules/denial-of-accusation.js";
import { exchange } from "./rules/exchange.js";
import { meeting } from "./rules/meeting.js";
import { packageBeneficiaries } from "./rules/package-beneficiaries.js";
import { packageBreakdown } from "./rules/package-breakdown.js";
import { packageContents } from "./rules/package-contents.js";
import { request } from "./rules/request.js";
import { addressedRequest } from "./rules/request-addressed.js";
import { transferNoun } from "./rules/transfer-noun.js";
import { transferVerb } from "./rules/transfer-verb.js";
import { useImpliesSupply } from "./rules/use-implies-supply.js";
import { buildViews } from "./sentence-view.js";

// Raise with every change to the rules or cue lists: stored claims record it, and `reextract`
// re-runs the documents stored under another version.
export const EXTRACTOR_VERSION = "armstrace-claims/0.2.0";

// Run per sentence, in this order: exchange reads the transfer or request before it in the
// sentence; the denial rule reads the transfers of earlier sentences and skips a denial whose
// own content already produced a transfer; package contents only fill a sentence with no claim;
// package beneficiaries extend a package told earlier in the same sentence; a breakdown by value
// splits a package told before among its recipients.
const RULES: Rule[] = [
  transferVerb,
  transferNoun,
  useImpliesSupply,
  request,
  addressedRequest,
  exchange,
  meeting,
  condemnation,
  condemnationLabel,
  denialOfAccusation,
  packageContents,
  packageBeneficiaries,
  packageBreakdown,
];

// Run over all drafts, in this order: broken lists are joined before anything reads the items;
// non-assertions are dropped before attribution and before they could lend a recipient
// to other claims (infer-missing-end); local factuality reads the frame's scope set by
// attribution; corroboration copies attributed claims for a confirming source; urged requests
// read the speakers attribution set (who urges); status reads the
// factuality of denials; relays add to the via chain attribution set.
const REFINERS: Refiner[] = [
  joinBrokenLists,
  dropNonAssertions,
  inferMissingEnd,
  attribute,
  corroborate,
  urgedRequests,
  localFactuality,
  status,
  time,
  relayVia,
];

export function extractClaims(ann: AnnotatedDocument, lex: Lexicons): Claim[] {
  const ctx = contextOf(ann, lex);
  const drafts: Draft[] = [];
  for (const view of ctx.views) {
    for (const rule of RULES) drafts.push(...rule(view, ctx, drafts));
  }
  const refined = REFINERS.reduce((list, refine) => refine(list, ctx), drafts);
  return finalise(refined, ann.doc);
}

function contextOf(ann: AnnotatedDocument, lex: Lexicons): ExtractContext {
  const views = buildViews(ann.doc.text, ann.sentences, ann.mentions, lex.claims, ann.tokens);
  const ctx: ExtractContext = { ann, lex, views, attributions: [], recentStates: recentStates(ann) };
  ctx.attributions = resolveAttributions(ctx);
  return ctx;
}

/** Distinct states named before each sentence, most recent first (for "the two countries"). */
function recentStates(ann: AnnotatedDocument): string[][] {
  const out: string[][] = [];
  let recent: string[] = [];
  let m = 0;
  for (const s of ann.sentences) {
    out.push(recent);
    const next = [...recent];
    for (; m < ann.mentions.length && ann.mentions[m]!.start < s.end; m++) {
      const mention = ann.mentions[m]!;
      if (mention.kind !== "state") continue;
      const at = next.indexOf(mention.code);
      if (at >= 0) next.splice(at, 1);
      next.unshift(mention.code);
    }
    recent = next.slice(0, 8);
  }
  return out;
}
