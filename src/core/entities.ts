// Groups mentions into the contract's `entities` list: one record per state, organisation,
// person and weapon term; each quantity and time expression is its own record.
import type { EntityRecord, Mention } from "./model.js";

function entityKey(
  m: Mention,
): Pick<EntityRecord, "id" | "kind" | "name" | "country"> & { category?: string } {
  switch (m.kind) {
    case "state":
      return { id: `country:${m.code}`, kind: "country", name: m.name, country: m.code };
    case "org":
      return { id: `org:${m.orgId}`, kind: "organisation", name: m.name, country: m.country };
    case "person":
      return { id: `person:${slug(m.name)}`, kind: "person", name: m.name, country: m.country };
    case "item":
      return { id: `weapon:${m.term}`, kind: "weapon", name: m.term, country: null, category: m.category };
    case "quantity":
      return { id: `quantity:${m.start}`, kind: "quantity", name: m.text, country: null };
    case "time":
      return { id: `time:${m.start}`, kind: "time", name: m.text, country: null };
  }
}

export function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
}

export function toEntityRecords(mentions: readonly Mention[]): EntityRecord[] {
  const byId = new Map<string, EntityRecord>();
  for (const m of mentions) {
    const key = entityKey(m);
    let rec = byId.get(key.id);
    if (!rec) {
      rec = { ...key, mentions: [], ...entityDetails(m) };
      byId.set(key.id, rec);
    }
    rec.mentions.push({ start: m.start, end: m.end, text: m.text });
  }
  return [...byId.values()];
}

/** Kind-specific fields a reader of the JSON wants next to the name. */
function entityDetails(m: Mention): Record<string, unknown> {
  switch (m.kind) {
    case "org":
      return { sourceKind: m.sourceKind, actor: m.actor };
    case "person":
      return { role: m.role, sourceKind: m.sourceKind };
    case "quantity":
      return { value: m.value, unit: m.unit, qualifier: m.qualifier };
    case "time":
      return { startDate: m.startDate, endDate: m.endDate, precision: m.precision };
    default:
      return {};
  }
}
