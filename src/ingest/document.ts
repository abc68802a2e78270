// Assembles a SourceDocument from body text and whatever metadata the format gave, filling the
// outlet and wire from the article's own credit line when the metadata has none.
import { createHash } from "node:crypto";
import type { DocumentMeta, OffsetAnchor, SourceDocument } from "../core/model.js";
import { findCredit } from "./credit-line.js";
import { normaliseText } from "./normalise.js";
import { loadWires } from "./wires.js";

/** Metadata a format may know; everything optional. */
export interface PartialMeta {
  id?: string | null;
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  published?: string | null;
}

/** A document whose body is `input.slice(start, end)`; offsets point into `input`. */
export function documentFromSlice(
  input: string,
  start: number,
  end: number,
  meta: PartialMeta,
  origin: string,
): SourceDocument {
  const { text, offsets } = normaliseText(input, start, end);
  return buildDocument(text, offsets, meta, origin);
}

/**
 * A document whose body is text already extracted from markup (HTML pages, feed items). Its
 * offsets are into that extracted text, which is the body itself: there is no single offset into
 * the markup that a span could meaningfully point to.
 */
export function documentFromExtractedText(
  extracted: string,
  meta: PartialMeta,
  origin: string,
): SourceDocument {
  const { text } = normaliseText(extracted);
  return buildDocument(text, [{ text: 0, input: 0 }], meta, origin);
}

function buildDocument(
  text: string,
  offsets: OffsetAnchor[],
  meta: PartialMeta,
  origin: string,
): SourceDocument {
  const credit = findCredit(text, loadWires());
  const full: DocumentMeta = {
    id: nonEmpty(meta.id) ?? sha256(text),
    title: nonEmpty(meta.title),
    outlet: nonEmpty(meta.outlet) ?? credit.outlet,
    url: nonEmpty(meta.url),
    published: meta.published ?? null,
    language: "en",
    wire: credit.wire,
    origin,
  };
  return { meta: full, text, offsets };
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
