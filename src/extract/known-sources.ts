// Sources named again later by a definite noun: "The administration says …" after "the Biden
// administration announced …", "the outlet reported" after a named outlet, "The report cited …"
// after "a US intelligence report said …".
import type { ClaimSource } from "../core/model.js";
import type { Attributed } from "./draft.js";
import { keyAt, type SentenceView } from "./sentence-view.js";

const LAST_MEDIA = "media:*";

/**
 * "The Biden administration announced … The administration says …": a definite source noun with
 * no state of its own refers back to the same noun named earlier with one. "The outlet reported"
 * refers back to the last media source named ("… according to the Daily Courier").
 */
export function withKnownCountry(s: Attributed, view: SentenceView, known: KnownSources): Attributed {
  const name = (s.source.name ?? "").toLowerCase();
  const key = `${s.source.kind}:${name}`;
  if (s.source.country) {
    if (!known.countries.has(key)) known.countries.set(key, s.source.country);
    if (s.source.kind === "media") known.countries.set(LAST_MEDIA, s.source.country);
    known.byHead.set(headOf(name), s.source);
    return s;
  }
  const at = view.tokens.findIndex((t) => t.start === s.span?.start);
  if (at < 0 || keyAt(view, at - 1) !== "the") return s;
  const country =
    known.countries.get(key) ?? (s.source.kind === "media" ? known.countries.get(LAST_MEDIA) : undefined);
  if (country) return { source: { ...s.source, country }, span: s.span };
  // "A US intelligence report said … The report cited …": the head noun names the earlier source.
  const earlier = known.byHead.get(headOf(name));
  return earlier ? { source: { ...earlier, name: s.source.name }, span: s.span } : s;
}

export interface KnownSources {
  countries: Map<string, string>;
  /** The last source with a country, by the last word of its name ("report", "ministry"). */
  byHead: Map<string, ClaimSource>;
}

function headOf(name: string): string {
  return name.slice(name.lastIndexOf(" ") + 1);
}
