// A claim while the rules and refiners work on it: roles are still actor groups with token
// positions, sources are still to be attributed. `finalise.ts` turns drafts into contract claims.
import type { ClaimSource, ClaimTime, ClaimType, Factuality, Quantity, Span, Status } from "../core/model.js";
import type { VerbForm } from "../lexicon/claim-cues.js";
import type { SentenceView } from "./sentence-view.js";

/** An actor named in the text: a state, an organisation that acts, a person's state, an anaphor. */
export interface ActorRef {
  code: string | null;
  from: number;
  to: number;
  span: Span;
  /** What it is when it speaks ("Russia" → government of RU). */
  asSource: ClaimSource;
}

export interface DraftItem {
  category: string;
  text: string;
  span: Span;
  quantity: Quantity | null;
  /** Token index of the item in its sentence (for role highlighting and ordering). */
  from: number;
}

/** Who asserts a claim, with the words that say so. */
export interface Attributed {
  source: ClaimSource;
  span: Span | null;
}

export interface Draft {
  rule: string;
  type: ClaimType;
  view: SentenceView;
  /** Token range of the word(s) that triggered the claim. */
  trigger: { from: number; to: number };
  form: VerbForm | "noun";
  suppliers: ActorRef[];
  recipients: ActorRef[];
  participants: ActorRef[];
  targets: ActorRef[];
  items: DraftItem[];
  /** Set by rules that know better than the status refiner (interdicted, denials: unknown). */
  status: Status | null;
  /** Set by rules whose source is part of the claim itself (condemnations, denials). */
  ownSources: Attributed[] | null;
  /** Filled by the attribution refiner. */
  sources: Attributed[];
  via: ClaimSource[];
  /** The speaker's commitment before local hedges and negations. */
  baseFactuality: Factuality;
  factuality: Factuality;
  cue: Span | null;
  time: ClaimTime | null;
  /** The token from which local hedges and negations are read (clause start). */
  scopeFrom: number;
  /** A claim this one continues ("The package includes …"): its source, when this has none. */
  inheritFrom: Draft | null;
  /** A plan held by each supplier itself ("the Netherlands and Denmark pledged …"). */
  sourcePerSupplier: boolean;
}

export const AUTHOR: ClaimSource = { name: null, kind: "author", country: null };

/** A draft with the defaults every rule shares; rules fill in roles and items. */
export function newDraft(
  rule: string,
  type: ClaimType,
  view: SentenceView,
  trigger: { from: number; to: number },
  form: VerbForm | "noun",
): Draft {
  return {
    rule,
    type,
    view,
    trigger,
    form,
    suppliers: [],
    recipients: [],
    participants: [],
    targets: [],
    items: [],
    status: null,
    ownSources: null,
    sources: [],
    via: [],
    baseFactuality: "CT+",
    factuality: "CT+",
    cue: null,
    time: null,
    scopeFrom: 0,
    inheritFrom: null,
    sourcePerSupplier: false,
  };
}
