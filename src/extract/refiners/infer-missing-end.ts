// "The direction of a transfer may come from elsewhere in the same article": a transfer with a
// supplier but no recipient ("the constant supply of Iranian drones allows Russia to …") takes
// the recipient that supplier has elsewhere in the article, else the article's main recipient,
// else (no complete transfer at all) the state the article shows using weapons, else the state
// the article names clearly most often.
import type { StateMention } from "../../core/model.js";
import type { ExtractContext, Refiner } from "../context.js";
import type { ActorRef, Draft } from "../draft.js";
import { weaponUsers } from "./weapon-users.js";

// The main recipient must be named in at least this many transfers to be assumed.
const MAIN_RECIPIENT_MIN = 2;

export const inferMissingEnd: Refiner = (drafts, ctx) => {
  const complete = drafts.filter((d) => d.type === "transfer" && d.suppliers.length && d.recipients.length);
  const main = mostFrequent(complete.flatMap((d) => d.recipients));
  const bySupplier = indexBySupplier(complete);
  let found: ActorRef[] | null = null;
  const users = () => (found ??= weaponUsers(ctx));
  // The partner depends only on the set of supplier codes: a long article repeats the same few.
  const partnerOf = new Map<string, ActorRef | null>();
  for (const d of drafts) {
    if (d.type !== "transfer" || !d.suppliers.length || d.recipients.length) continue;
    const codes = new Set(d.suppliers.map((s) => s.code));
    const key = JSON.stringify([...codes].sort());
    let partner = partnerOf.get(key);
    if (partner === undefined) {
      const partners = completeWithSupplier(bySupplier, codes).flatMap((k) => complete[k]!.recipients);
      partner = mostFrequent(partners, 1) ?? main ?? mostFrequent(users(), 1) ?? dominantState(ctx, codes);
      partnerOf.set(key, partner);
    }
    if (partner && !codes.has(partner.code)) d.recipients = [inferred(partner, d)];
  }
  return drafts;
};

/** Indexes of the complete transfers by each supplier code they name, ascending. */
function indexBySupplier(complete: readonly Draft[]): Map<string | null, number[]> {
  const index = new Map<string | null, number[]>();
  complete.forEach((c, k) => {
    for (const code of new Set(c.suppliers.map((s) => s.code))) {
      const list = index.get(code) ?? [];
      list.push(k);
      index.set(code, list);
    }
  });
  return index;
}

/** The complete transfers naming any of these suppliers, in article order, each once. */
function completeWithSupplier(index: Map<string | null, number[]>, codes: Set<string | null>): number[] {
  const lists = [...codes].map((c) => index.get(c) ?? []);
  if (lists.length === 1) return lists[0]!;
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

// A state named this many times, and more than any other, is the article's subject.
const DOMINANT_MIN = 3;

/** With no complete transfer to learn from: the state the article names most, if clearly ahead. */
function dominantState(ctx: ExtractContext, exclude: Set<string | null>): ActorRef | null {
  const counts = new Map<string, { m: StateMention; n: number }>();
  for (const m of ctx.ann.mentions) {
    if (m.kind !== "state" || exclude.has(m.code)) continue;
    const c = counts.get(m.code) ?? { m, n: 0 };
    c.n++;
    counts.set(m.code, c);
  }
  const [best, second] = [...counts.values()].sort((a, b) => b.n - a.n);
  if (!best || best.n < DOMINANT_MIN || (second && second.n * 1.5 > best.n)) return null;
  const span = { start: best.m.start, end: best.m.end };
  const asSource = { name: best.m.name, kind: "government" as const, country: best.m.code };
  return { code: best.m.code, from: -1, to: -1, span, asSource };
}

function mostFrequent(actors: ActorRef[], min = MAIN_RECIPIENT_MIN): ActorRef | null {
  const counts = new Map<string, { actor: ActorRef; n: number }>();
  for (const a of actors) {
    if (!a.code) continue;
    const c = counts.get(a.code) ?? { actor: a, n: 0 };
    c.n++;
    counts.set(a.code, c);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return best && best.n >= min ? best.actor : null;
}

/** The partner as a role of this claim, with an empty span at the trigger (nothing to highlight). */
function inferred(partner: ActorRef, d: Draft): ActorRef {
  const at = d.view.tokens[d.trigger.from]?.start ?? d.view.sentence.start;
  return { ...partner, from: -1, to: -1, span: { start: at, end: at } };
}
