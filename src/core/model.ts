// The typed interfaces between pipeline stages. Pure data: no I/O, no classes.
// ingest → SourceDocument → nlp (sentences, mentions) → AnnotatedDocument → extract → Claim[]
// The JSON printed by `armstrace extract --json` is `Extraction` (see ../shared extraction contract).

/** A character range in a document's body text (`SourceDocument.text`), end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface DocumentMeta {
  /** sha256 of the normalised body text, or the record's own id. */
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) or null; anchors relative dates. */
  published: string | null;
  language: string;
  /** Wire agency credited in a dateline or credit line ("(AP)", "(Reuters)"), if any. */
  wire: string | null;
  /** Where the document came from (file path, URL, "-" for stdin). */
  origin: string | null;
}

/**
 * Anchors that map an offset in the normalised body text back to the input as given.
 * Sorted by `text`; between anchors the two advance together. Normalisation only deletes or
 * replaces characters one for one, so a few anchors describe the whole map.
 */
export interface OffsetAnchor {
  text: number;
  input: number;
}

export interface SourceDocument {
  meta: DocumentMeta;
  /** The body text extraction reads (title and header excluded). */
  text: string;
  offsets: OffsetAnchor[];
}

export interface Sentence extends Span {
  index: number;
  /** Index of the paragraph (blank-line separated block) the sentence belongs to. */
  paragraph: number;
}

/** Source kinds of the contract, in one list that validators and the API read. */
export const SOURCE_KINDS = [
  "government",
  "military",
  "intelligence",
  "legislature",
  "international_org",
  "media",
  "research",
  "company",
  "person",
  "author",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Factuality values of the contract (after FactBank). */
export const FACTUALITIES = ["CT+", "PR+", "PS+", "CT-", "PR-", "PS-", "Uu"] as const;
export type Factuality = (typeof FACTUALITIES)[number];
export type ClaimType = "transfer" | "request" | "meeting" | "condemnation";
export type Status = "delivered" | "ongoing" | "planned" | "interdicted" | "unknown";
export type QuantityUnit = "items" | "USD" | "EUR" | "GBP" | "tons" | "containers" | "barrels";
export type Qualifier = "exact" | "about" | "more_than" | "at_least" | "less_than" | "up_to";

interface MentionBase extends Span {
  /** The exact text of the span. */
  text: string;
  /** Name of the rule or lexicon entry that recognised it (for --explain). */
  rule: string;
}

/** A state named, abbreviated, as a demonym ("North Korean") or by a metonym ("Pyongyang"). */
export interface StateMention extends MentionBase {
  kind: "state";
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Canonical short name ("North Korea"). */
  name: string;
  form: "name" | "abbreviation" | "demonym" | "capital" | "seat";
}

/** An organisation: a ministry, an agency, an armed group, a wire, an international body. */
export interface OrgMention extends MentionBase {
  kind: "org";
  orgId: string;
  name: string;
  /** What kind of source it is when it speaks. */
  sourceKind: SourceKind;
  /** The state it belongs to (ISO code), or its own org: code for international bodies. */
  country: string | null;
  /** Actor code when it can supply or receive arms itself: "org:nato", "org:hezbollah"; else null. */
  actor: string | null;
}

export interface PersonMention extends MentionBase {
  kind: "person";
  /** Canonical full name ("Kim Jong Un"); later surname-only mentions carry the same. */
  name: string;
  /** Role as stated ("leader", "President", "Defence Minister"), or null. */
  role: string | null;
  country: string | null;
  sourceKind: SourceKind;
}

/** A weapon or materiel term mapped to a contract item category ("coarse" or "coarse.fine"). */
export interface ItemMention extends MentionBase {
  kind: "item";
  category: string;
  /** Lexicon term id ("kn-23", "artillery-shell"). */
  term: string;
}

export interface QuantityMention extends MentionBase {
  kind: "quantity";
  /** null for vague counts ("dozens of", "thousands of"). */
  value: number | null;
  unit: QuantityUnit;
  qualifier: Qualifier;
}

export interface TimeMention extends MentionBase {
  kind: "time";
  /** Resolved ISO dates ("2023-08", "2023-08-01") or null when unanchored or open. */
  startDate: string | null;
  endDate: string | null;
  precision: "day" | "month" | "year" | "range" | null;
  /** The cue word before the date, lower case ("since", "by", "in", "on"), or null. */
  cue?: string | null;
}

export type Mention = StateMention | OrgMention | PersonMention | ItemMention | QuantityMention | TimeMention;
export type MentionKind = Mention["kind"];

export interface Diagnostic {
  level: "info" | "warning";
  message: string;
  span?: Span;
}

/** The output of the entity layer: what claims are built from. Mentions sorted by start. */
export interface AnnotatedDocument {
  doc: SourceDocument;
  sentences: Sentence[];
  mentions: Mention[];
  diagnostics: Diagnostic[];
  /**
   * Word tokens of the whole text, in order, when the entity layer made them (src/nlp/tokenize.ts):
   * the claim layer slices them per sentence instead of tokenising every sentence again.
   */
  tokens?: WordToken[];
}

/** A word token with its offsets in the body text and its matching key (see src/nlp/tokenize.ts). */
export interface WordToken {
  start: number;
  end: number;
  text: string;
  /** Matching key: lower case, hyphens and apostrophe variants folded ("Anti-Tank" → "antitank"). */
  key: string;
}

export interface Quantity {
  value: number;
  unit: QuantityUnit;
  qualifier: Qualifier;
}

export interface ClaimItem {
  category: string;
  text: string;
  quantity: Quantity | null;
}

export interface ClaimSource {
  name: string | null;
  kind: SourceKind;
  country: string | null;
}

export interface ClaimTime {
  text: string;
  start: string | null;
  end: string | null;
}

/** What --explain shows and the web UI highlights: which rule, which words. */
export interface ClaimExplanation {
  rule: string;
  trigger: Span | null;
  cue: Span | null;
  roles: Array<{ role: "supplier" | "recipient" | "participant" | "target" | "source" | "item"; span: Span }>;
}

export interface Claim {
  id: string;
  type: ClaimType;
  supplier: string | null;
  recipient: string | null;
  participants: string[] | null;
  target: string | null;
  items: ClaimItem[];
  status: Status;
  factuality: Factuality;
  source: ClaimSource;
  via: ClaimSource[];
  time: ClaimTime | null;
  evidence: Span & { text: string; cue: string | null };
  explain: ClaimExplanation;
}

export interface EntityRecord {
  id: string;
  kind: "country" | "organisation" | "person" | "weapon" | "quantity" | "time";
  name: string;
  country: string | null;
  category?: string;
  /** Kind-specific details: an organisation's or person's source kind and role, a quantity's value. */
  sourceKind?: SourceKind;
  actor?: string | null;
  role?: string | null;
  value?: number | null;
  unit?: QuantityUnit;
  qualifier?: Qualifier;
  startDate?: string | null;
  endDate?: string | null;
  precision?: TimeMention["precision"];
  mentions: Array<Span & { text: string }>;
}

export interface Extraction {
  schema: "armstrace.extraction/1";
  extractor: string;
  document: Omit<DocumentMeta, "origin" | "wire"> & { wire: string | null };
  entities: EntityRecord[];
  claims: Claim[];
  diagnostics: Diagnostic[];
}
