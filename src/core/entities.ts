// Groups mentions into the contract's `entities` list: one record per state, organisation,
// person and weapon term; each quantity and time expression is its own record.
import type { EntityRecord, Mention } from "./model.js";

/** The record id a mention belongs to; cheap, because it runs once per mention. */
function entityId(m: Mention): string {
  switch (m.kind) {
    case "state":
      return `country:${m.code}`;
    case "org":
      return `org:${m.orgId}`;
    case "person":
      return `person:${slug(m.name)}`;
    case "item":
      return `weapon:${m.term}`;
    case "quantity":
      return `quantity:${m.start}`;
    case "time":
      return `time:${m.start}`;
  }
}

/** A new record for the first mention of an entity, with the fields a reader wants by the name. */
function newRecord(id: string, m: Mention): EntityRecord {
  const base = { id, mentions: [] };
  switch (m.kind) {
    case "state":
      return { ...base, kind: "country", name: m.name, country: m.code };
    case "org":
      return {
        ...base,
        kind: "organisation",
        name: m.name,
        country: m.country,
        sourceKind: m.sourceKind,
        actor: m.actor,
      };
    case "person":
      return {
        ...base,
        kind: "person",
        name: m.name,
        country: m.country,
        role: m.role,
        sourceKind: m.sourceKind,
      };
    case "item":
      return { ...base, kind: "weapon", name: m.term, country: null, category: m.category };
    case "quantity":
      return {
        ...base,
        kind: "quantity",
        name: m.text,
        country: null,
        value: m.value,
        unit: m.unit,
        qualifier: m.qualifier,
      };
    case "time":
      return {
        ...base,
        kind: "time",
        name: m.text,
        country: null,
        startDate: m.startDate,
        endDate: m.endDate,
        precision: m.precision,
      };
  }
}

const slugs = new Map<string, string>();

export function slug(s: string): string {
  let out = slugs.get(s);
  if (out === undefined) {
    out = s
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-|-$/g, "");
    if (slugs.size < 10_000) slugs.set(s, out);
  }
  return out;
}

export function toEntityRecords(mentions: readonly Mention[]): EntityRecord[] {
  const byId = new Map<string, EntityRecord>();
  for (const m of mentions) {
    const id = entityId(m);
    let rec = byId.get(id);
    if (!rec) {
      rec = newRecord(id, m);
      byId.set(id, rec);
    }
    rec.mentions.push({ start: m.start, end: m.end, text: m.text });
  }
  return [...byId.values()];
}
