// Who asks, and for what, when a request word has no plain subject and object:
//   the speaker's own ask:  "The minister stressed his country's need for shells" → the speaker's state
//   an appositive:          "The package holds tanks, one of Ukraine's top requests" → Ukraine asks for tanks
//   a pronoun:              "Biden gave a speech where he called for aid to X" → Biden
import { actorGroups } from "../actors.js";
import type { ExtractContext } from "../context.js";
import type { ActorRef, DraftItem } from "../draft.js";
import { itemsBetween } from "../items.js";
import { type CueHit, hitWith, keyAt, type SentenceView } from "../sentence-view.js";

// How far before the request word "his country's" / "we" may stand ("our most urgent needs").
const ASKER_REACH = 4;

/** The states of the speakers reporting a request that the speaker makes for their own side. */
export function speakerAsker(view: SentenceView, ctx: ExtractContext, hit: CueHit): ActorRef[] {
  const at = speakerAskerAt(view, hit.from);
  if (at < 0) return [];
  const frame = (ctx.attributions[view.sentence.index] ?? []).find(
    (f) => f.content.from <= hit.from && hit.from < f.content.to,
  );
  const t = view.tokens[at]!;
  return (frame?.speakers ?? [])
    .filter((s) => s.source.country)
    .map((s) => ({ code: s.source.country, from: at, to: at + 1, span: s.span ?? t, asSource: s.source }));
}

function speakerAskerAt(view: SentenceView, from: number): number {
  for (let k = from - 1; k >= 0 && k >= from - ASKER_REACH; k--) {
    if (hitWith(view, k, "speaker-asker")) return k;
    if (view.mentionAt[k] || keyAt(view, k) === ",") return -1;
  }
  return -1;
}

// Words between the appositive's comma and the asker: ", one of Ukraine's top requests".
const APPOSITIVE = new Set(["one", "of", "among", "the", "a"]);

/** "ITEMS, one of X's requests": the items before the appositive that holds the request word. */
export function appositiveItems(view: SentenceView, lo: number, askerFrom: number): DraftItem[] {
  let k = askerFrom - 1;
  while (k > lo && APPOSITIVE.has(keyAt(view, k))) k--;
  if (k <= lo || keyAt(view, k) !== ",") return [];
  return itemsBetween(view, lo, k);
}

const PERSON_PRONOUNS = new Set(["he", "she"]);

/** "Biden gave a speech where he called for more aid": "he" is the person named before it. */
export function pronounAsker(view: SentenceView, ctx: ExtractContext, hit: CueHit): ActorRef[] {
  const at = hit.from - 1;
  if (!PERSON_PRONOUNS.has(keyAt(view, at))) return [];
  const person = actorGroups(view, ctx)
    .filter((g) => g.to <= at && view.mentionAt[g.from]?.kind === "person")
    .pop();
  return person?.members ?? [];
}
