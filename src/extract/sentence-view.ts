// One sentence as the claim rules see it: its word tokens, the claim cues matched over them
// (reporting verbs, transfer verbs, hedges, …) and the entity mentions that fall inside it, each
// indexed by token so that rules can walk left and right in constant time per step.
import type { Mention, Sentence } from "../core/model.js";
import type { ClaimLexicon, Cue, CueRole, FunctionWords } from "../lexicon/claim-cues.js";
import { type Token, tokenize } from "../nlp/tokenize.js";

export interface CueHit {
  from: number;
  to: number;
  start: number;
  end: number;
  phrase: string;
  cues: Cue[];
}

export interface MentionRange {
  m: Mention;
  from: number;
  to: number;
}

export interface SentenceView {
  sentence: Sentence;
  tokens: Token[];
  hits: CueHit[];
  /** The cue hit starting at each token, if any. */
  hitAt: Array<CueHit | undefined>;
  mentions: Mention[];
  /** The mention covering each token, if any. */
  mentionAt: Array<Mention | undefined>;
  ranges: MentionRange[];
  /** The function-word lists of the claim lexicon. */
  words: FunctionWords;
}

/**
 * Builds views for all sentences; `mentions` must be sorted by start (as AnnotatedDocument has them).
 * `docTokens`, the tokens of the whole text (AnnotatedDocument.tokens), are sliced per sentence
 * instead of tokenising each sentence again; without them each sentence is tokenised.
 */
export function buildViews(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  lex: ClaimLexicon,
  docTokens?: readonly Token[],
): SentenceView[] {
  let m = 0;
  let t = 0;
  return sentences.map((sentence) => {
    while (m < mentions.length && mentions[m]!.start < sentence.start) m++;
    const inside: Mention[] = [];
    for (let k = m; k < mentions.length && mentions[k]!.start < sentence.end; k++) inside.push(mentions[k]!);
    while (docTokens && t < docTokens.length && docTokens[t]!.end <= sentence.start) t++;
    const tokens = docTokens
      ? (tokensWithin(docTokens, t, sentence) ?? tokenize(text, sentence.start, sentence.end))
      : tokenize(text, sentence.start, sentence.end);
    return buildView(sentence, tokens, inside, lex);
  });
}

/**
 * The document tokens from index `first` that lie inside the sentence: the same tokens as
 * tokenising the sentence alone, unless a token of the document runs across an edge of the
 * sentence or touches it ("Seoul|'s" cut by a boundary tokenises differently in pieces), in which
 * case null (the caller tokenises that sentence itself).
 */
export function tokensWithin(docTokens: readonly Token[], first: number, sentence: Sentence): Token[] | null {
  const { start, end } = sentence;
  const before = docTokens[first - 1];
  const atStart = docTokens[first];
  // `before` past the start only when sentences come out of order: then tokenise afresh.
  if ((before && before.end > start) || (atStart && atStart.start < start)) return null;
  if (atStart?.start === start && before?.end === start) return null;
  let last = first;
  while (last < docTokens.length && docTokens[last]!.end <= end) last++;
  const after = docTokens[last];
  if (after && (after.start < end || (after.start === end && docTokens[last - 1]?.end === end))) return null;
  return docTokens.slice(first, last);
}

function buildView(
  sentence: Sentence,
  tokens: Token[],
  mentions: Mention[],
  lex: ClaimLexicon,
): SentenceView {
  const hits: CueHit[] = lex.cues.findAll(tokens).map((h) => ({
    from: h.from,
    to: h.to,
    start: h.start,
    end: h.end,
    phrase: h.phrase,
    cues: h.value,
  }));
  const hitAt = new Array<CueHit | undefined>(tokens.length);
  for (const h of hits) hitAt[h.from] = h;
  const mentionAt = new Array<Mention | undefined>(tokens.length);
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (k < mentions.length && mentions[k]!.end <= t.start) k++;
    const cand = mentions[k];
    if (cand && cand.start <= t.start && t.end <= cand.end) mentionAt[i] = cand;
  }
  return {
    sentence,
    tokens,
    hits,
    hitAt,
    mentions,
    mentionAt,
    ranges: rangesOf(mentionAt),
    words: lex.words,
  };
}

/** The cue of `role` whose hit starts at token i. */
export function cueAt<R extends CueRole>(
  view: SentenceView,
  i: number,
  role: R,
): Extract<Cue, { role: R }> | undefined {
  const hit = view.hitAt[i];
  return hit?.cues.find((c): c is Extract<Cue, { role: R }> => c.role === role);
}

/** The hit covering token i that has a cue of `role`, if any. */
export function hitWith(view: SentenceView, i: number, role: CueRole): CueHit | undefined {
  const hit = view.hitAt[i];
  return hit?.cues.some((c) => c.role === role) ? hit : undefined;
}

/** Token keys for quick word tests ("to", "by", ","). */
export function keyAt(view: SentenceView, i: number): string {
  return view.tokens[i]?.key ?? "";
}

/** Every mention of one kind in the view, in order, with its token range. */
export function mentionsOfKind<K extends Mention["kind"]>(
  view: SentenceView,
  kind: K,
): Array<{ m: Extract<Mention, { kind: K }>; from: number; to: number }> {
  return view.ranges.filter((r) => r.m.kind === kind) as Array<{
    m: Extract<Mention, { kind: K }>;
    from: number;
    to: number;
  }>;
}

/** Token ranges of the mentions, in order. */
function rangesOf(mentionAt: ReadonlyArray<Mention | undefined>): MentionRange[] {
  const out: MentionRange[] = [];
  for (let i = 0; i < mentionAt.length; i++) {
    const m = mentionAt[i];
    if (!m || mentionAt[i - 1] === m) continue;
    let to = i + 1;
    while (mentionAt[to] === m) to++;
    out.push({ m, from: i, to });
  }
  return out;
}
