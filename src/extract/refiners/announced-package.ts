// An announced transfer is the announcing government's claim, also where later sentences
// describe it in the article's voice: "The UK announced a package for Ukraine. … The UK will
// also send 60 boats to Ukraine." → the second is the UK government's too. Only a source of
// the supplier's own state counts as the announcer (its own plan, not a third party's report).
import type { Attributed, Draft } from "../draft.js";
import { isNegative } from "../factuality.js";

const ANNOUNCERS = new Set(["government", "military"]);

/** Gives author-voice transfers the source of an earlier announcement by the supplier's state. */
export function carryAnnouncements(drafts: readonly Draft[]): void {
  // Announcers per "supplier>recipient" pair, filled in document order.
  const announced = new Map<string, Attributed[]>();
  for (const d of drafts) {
    if (d.type !== "transfer") continue;
    const keys = pairKeys(d);
    if (isAuthorVoice(d)) {
      // Every supplier of the draft must have announced it: "X and Y sent …" is not X's alone.
      const found = keys.map((k) => announced.get(k));
      if (keys.length && found.every((a) => a && !announcedIn(a, d)))
        d.sources = [...new Set(found.flatMap((a) => a ?? []))];
      continue;
    }
    // A denial ("China said it is not providing Russia with arms") announces nothing.
    if (d.ownSources || isNegative(d.baseFactuality)) continue;
    for (const key of keys) {
      const own = d.sources.filter(
        (s) => ANNOUNCERS.has(s.source.kind) && s.source.country === key.split(">")[0],
      );
      if (own.length && !announced.has(key)) announced.set(key, own);
    }
  }
}

function pairKeys(d: Draft): string[] {
  const keys: string[] = [];
  for (const s of d.suppliers)
    for (const r of d.recipients) if (s.code && r.code && s.code !== r.code) keys.push(`${s.code}>${r.code}`);
  return keys;
}

function isAuthorVoice(d: Draft): boolean {
  return d.sources.length > 0 && d.sources.every((s) => s.source.kind === "author");
}

/** The announcement must come from an earlier sentence (the same one would have framed it). */
function announcedIn(announcers: Attributed[], d: Draft): boolean {
  const start = d.view.sentence.start;
  return announcers.some((a) => a.span !== null && a.span.start >= start);
}
