// Actors of a sentence and the groups they form ("South Korea, the United States and Japan").
// States, acting organisations, people (as their state) and anaphors ("the two countries") all
// become ActorRefs; rules pick subjects, "to X" recipients and "from X" suppliers among them.
import type { ClaimSource, Mention } from "../core/model.js";
import { anaphorCodes, unnamedRef } from "./anaphors.js";
import { personnelSubject } from "./body-subject.js";
import type { ExtractContext } from "./context.js";
import type { ActorRef } from "./draft.js";
import { cueAt, keyAt, type SentenceView } from "./sentence-view.js";

export interface ActorGroup {
  from: number;
  to: number;
  members: ActorRef[];
}

const cache = new WeakMap<SentenceView, ActorGroup[]>();

/** The actor groups of a sentence, in order. */
export function actorGroups(view: SentenceView, ctx: ExtractContext): ActorGroup[] {
  const hit = cache.get(view);
  if (hit) return hit;
  const groups: ActorGroup[] = [];
  for (const actor of actorsOf(view, ctx)) {
    const last = groups[groups.length - 1];
    if (last && onlyGlueBetween(view, last.to, actor.from) && !isModifier(view, actor)) {
      last.members.push(actor);
      last.to = actor.to;
    } else groups.push({ from: actor.from, to: actor.to, members: [actor] });
  }
  const lists = groups.flatMap((g) => splitCommaOnly(view, g));
  cache.set(view, lists);
  return lists;
}

function splitCommaOnly(view: SentenceView, g: ActorGroup): ActorGroup[] {
  if (g.members.length < 2) return [g];
  // The conjunction may close the list after it: "the US, the UK and some 40 other countries".
  for (let i = g.from; i <= g.to; i++)
    if (view.words.conjunctions.has(keyAt(view, i)) && !view.mentionAt[i]) return [g];
  return g.members.map((m) => ({ from: m.from, to: m.to, members: [m] }));
}

// "to Russia, US officials said": a state that modifies a speaker noun or an item after it
// does not join the list before it.
function isModifier(view: SentenceView, actor: ActorRef): boolean {
  const next = view.hitAt[actor.to];
  if (next?.cues.some((c) => c.role === "source-noun")) return true;
  return view.mentionAt[actor.to]?.kind === "item";
}

function onlyGlueBetween(view: SentenceView, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let i = from; i < to; i++) if (!view.words.group_glue.has(keyAt(view, i))) return false;
  return true;
}

function actorsOf(view: SentenceView, ctx: ExtractContext): ActorRef[] {
  const out: ActorRef[] = [];
  const recent = ctx.recentStates[view.sentence.index] ?? [];
  let r = 0;
  for (let i = 0; i < view.tokens.length; i++) {
    const anaphor = cueAt(view, i, "anaphor");
    if (anaphor && !view.mentionAt[i]) {
      const hit = view.hitAt[i]!;
      for (const code of anaphorCodes(view, i, anaphor.refers, recent, out))
        out.push(code ? stateRef(code, code, hit.from, hit.to, hit) : unnamedRef(hit));
      i = hit.to - 1;
      continue;
    }
    const range = view.ranges[r];
    if (!range || range.from !== i) continue;
    r++;
    const ref = mentionActor(range.m, range.from, range.to);
    if (ref && !cueAt(view, range.to, "member-noun")) out.push(ref);
    i = range.to - 1;
  }
  return out;
}

function stateRef(
  code: string,
  name: string,
  from: number,
  to: number,
  span: { start: number; end: number },
) {
  const asSource: ClaimSource = { name, kind: "government", country: code };
  return { code, from, to, span: { start: span.start, end: span.end }, asSource };
}

const NON_ACTING = new Set(["media", "research", "person"]);

/** The actor a mention stands for, if it can supply, receive, meet or speak. */
export function mentionActor(m: Mention, from: number, to: number): ActorRef | null {
  const span = { start: m.start, end: m.end };
  switch (m.kind) {
    case "state":
      return stateRef(m.code, m.name, from, to, span);
    case "org": {
      // A newspaper or a think tank speaks but supplies nothing; a ministry acts for its state.
      const code = m.actor ?? (NON_ACTING.has(m.sourceKind) ? null : m.country);
      return { code, from, to, span, asSource: { name: m.name, kind: m.sourceKind, country: m.country } };
    }
    case "person":
      return {
        code: m.country,
        from,
        to,
        span,
        asSource: { name: m.name, kind: m.sourceKind, country: m.country },
      };
    default:
      return null;
  }
}

/** The nearest group ending at or before `to` and starting at or after `lo` that can be a subject. */
export function subjectBefore(
  view: SentenceView,
  ctx: ExtractContext,
  to: number,
  lo: number,
): ActorGroup | null {
  const groups = actorGroups(view, ctx);
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g]!;
    if (group.to > to) continue;
    if (group.from < lo) return null;
    // "about Ukraine sending weapons": a group right before a gerund is its subject.
    const gerundSubject = group.to === to && keyAt(view, to).endsWith("ing");
    if (isAdjunct(view, group) && !gerundSubject) continue;
    if (modifiesItem(view, group) && !personnelSubject(view, group, to)) continue;
    return group;
  }
  return null;
}

/**
 * "to Russia", "in the US' interests": the group is a preposition's object; but in "easier for
 * the US to provide arms" it is the subject of the infinitive.
 */
function isAdjunct(view: SentenceView, group: ActorGroup): boolean {
  let k = group.from - 1;
  if (view.words.determiners.has(keyAt(view, k))) k--;
  if (keyAt(view, k) === "for" && keyAt(view, group.to) === "to") return false;
  return view.words.adjunct_prepositions.has(keyAt(view, k));
}

/** A group that is an adjective of a following item ("Russian technology", "Iran's drones"). */
export function modifiesItem(view: SentenceView, group: ActorGroup): boolean {
  let next = group.to;
  if (keyAt(view, next) === "'s") next++;
  const m = view.mentionAt[next];
  return m?.kind === "item";
}

/** The group right after the first of `preps` found in (from, hi): "to Russia", "from Iran". */
export function groupAfterPreposition(
  view: SentenceView,
  ctx: ExtractContext,
  from: number,
  hi: number,
  preps: ReadonlySet<string>,
): ActorGroup | null {
  for (let k = from; k < hi; k++) {
    if (!preps.has(keyAt(view, k))) continue;
    const group = actorGroups(view, ctx).find(
      (g) => g.from > k && g.from < hi && (g.from <= k + 3 || isBodyOfState(view, k + 1, g.from)),
    );
    if (group) return group;
  }
  return null;
}

// "to the government in Kyiv", "to the puppet regime of X": the state owns the body named first.
const BODY_REACH = 6;

function isBodyOfState(view: SentenceView, from: number, at: number): boolean {
  if (at - from > BODY_REACH || !["of", "in"].includes(keyAt(view, at - 1))) return false;
  for (let k = from; k < at; k++) if (!view.words.body_of_state.has(keyAt(view, k))) return false;
  return true;
}

/** The first group starting in [from, hi). */
export function firstGroupIn(
  view: SentenceView,
  ctx: ExtractContext,
  from: number,
  hi: number,
): ActorGroup | null {
  return actorGroups(view, ctx).find((g) => g.from >= from && g.from < hi) ?? null;
}
