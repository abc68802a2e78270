// Filters as people type them (CLI flags, URL query strings), checked and turned into the
// store's filter types. One place, so that the CLI and the server accept the same things.
import type { ClaimType } from "../core/model.js";
import type { AllegationFilter, AllegationStatus } from "../store/types.js";

export class FilterError extends Error {}

const STATUSES: readonly AllegationStatus[] = ["corroborated", "single-source", "contested"];
const TYPES: readonly ClaimType[] = ["transfer", "request", "meeting", "condemnation"];
const SORTS = ["origins", "claims", "last_seen", "confidence"] as const;
const ACTOR = /^([A-Z]{2}|org:[a-z0-9_-]+)$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export type RawFilter = Partial<Record<string, string | undefined>>;

/** "kp" → "KP"; "org:NATO" → "org:nato". */
export function parseActor(value: string, what: string): string {
  const code =
    value.startsWith("org:") || value.startsWith("ORG:") ? value.toLowerCase() : value.toUpperCase();
  if (!ACTOR.test(code))
    throw new FilterError(`${what} must be a country code (KP) or org:name (got "${value}")`);
  return code;
}

export function parseDate(value: string, what: string): string {
  if (!DATE.test(value)) throw new FilterError(`${what} must be a date like 2023-08-01 (got "${value}")`);
  return value;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new FilterError(`${what} must be one of ${allowed.join(", ")} (got "${value}")`);
  }
  return value as T;
}

export function parseCount(value: string, what: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new FilterError(`${what} must be a whole number (got "${value}")`);
  return n;
}

export function parseAllegationFilter(raw: RawFilter): AllegationFilter {
  const f: AllegationFilter = {};
  if (raw.type) f.type = oneOf(raw.type, TYPES, "type");
  if (raw.supplier) f.supplier = parseActor(raw.supplier, "supplier");
  if (raw.recipient) f.recipient = parseActor(raw.recipient, "recipient");
  if (raw.actor) f.actor = parseActor(raw.actor, "actor");
  if (raw.item) f.item = raw.item.toLowerCase();
  if (raw.status) f.status = oneOf(raw.status, STATUSES, "status");
  if (raw.since) f.since = parseDate(raw.since, "since");
  if (raw.until) f.until = parseDate(raw.until, "until");
  if (raw.source) f.sourceId = parseCount(raw.source, "source");
  if (raw.sort) f.sort = oneOf(raw.sort, SORTS, "sort");
  if (raw.limit) f.limit = Math.min(parseCount(raw.limit, "limit"), 10_000);
  if (raw.offset) f.offset = parseCount(raw.offset, "offset");
  return f;
}
