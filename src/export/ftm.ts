// FollowTheMoney entities, one JSON object per line, as Aleph and OpenSanctions read them:
// documents as Article, states as PublicBody, other actors as Organization, and each claim
// between two actors as an UnknownLink whose `proof` is its article.
import type { ActorSummary, DocumentSummary, StoredClaim } from "../store/types.js";

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const PREFIX = "armstrace";

export function actorEntityId(code: string): string {
  return `${PREFIX}-actor-${code.replace(":", "-").toLowerCase()}`;
}

function props(
  entries: Record<string, string | number | null | undefined | string[]>,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(entries)) {
    if (v === null || v === undefined || v === "") continue;
    const values = Array.isArray(v) ? v.filter((x) => x !== "") : [String(v)];
    if (values.length) out[k] = values;
  }
  return out;
}

export function documentEntity(d: DocumentSummary): FtmEntity {
  return {
    id: `${PREFIX}-doc-${d.id}`,
    schema: "Article",
    properties: props({
      title: d.title,
      publisher: d.outlet,
      publishedAt: d.published,
      sourceUrl: d.url,
      fileName: d.origin,
    }),
  };
}

export function actorEntity(a: Pick<ActorSummary, "code" | "name" | "kind">): FtmEntity {
  const isState = a.kind === "state" && !a.code.startsWith("org:");
  return {
    id: actorEntityId(a.code),
    schema: isState ? "PublicBody" : "Organization",
    properties: props({ name: a.name, jurisdiction: isState ? a.code.toLowerCase() : undefined }),
  };
}

/** A claim needs both ends to be a link; a claim with one unknown side is left out. */
export function claimEntity(c: StoredClaim): FtmEntity | null {
  const [subject, object] =
    c.type === "meeting"
      ? (c.participants ?? [])
      : c.type === "condemnation"
        ? [c.source.country, c.target]
        : [c.supplier, c.recipient];
  if (!subject || !object) return null;
  const items = c.items.map((i) => i.category).join(", ") || "arms";
  return {
    id: `${PREFIX}-claim-${c.id}`,
    schema: "UnknownLink",
    properties: props({
      subject: actorEntityId(subject),
      object: actorEntityId(object),
      role: `${c.type}: ${items}`,
      summary: `${c.factuality} (${c.stance}) according to ${c.source.label}`,
      description: c.evidence.text,
      date: c.published,
      startDate: c.time?.start,
      endDate: c.time?.end,
      proof: `${PREFIX}-doc-${c.documentId}`,
      publisher: c.outlet,
      sourceUrl: c.url,
      recordId: String(c.id),
    }),
  };
}

export function ftmLine(e: FtmEntity): string {
  return `${JSON.stringify(e)}\n`;
}
