// An origin is a primary source, not an article. South Korea's intelligence service quoted by ten
// outlets is one origin; the same service and US intelligence are two. An article's own voice
// ("North Korea has shipped shells to Russia", nothing attributed) is one origin per story, so
// syndicated copies of one wire story count once.
import type { SourceKind } from "../core/model.js";

export interface OriginSource {
  kind: SourceKind;
  country: string | null;
  name: string | null;
}

/**
 * `source:ID` for a source that can be told apart across articles, `story:ID` for the article's
 * own voice, and `story:ID/kind` for an anonymous source of no known state ("officials said"):
 * two unrelated articles quoting unnamed officials are not taken to quote the same people.
 */
export function originOf(source: OriginSource, sourceId: number, storyId: number): string {
  if (source.kind === "author") return `story:${storyId}`;
  if (source.name === null && source.country === null) return `story:${storyId}/${source.kind}`;
  return `source:${sourceId}`;
}
