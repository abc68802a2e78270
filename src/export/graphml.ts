// States and organisations as nodes, allegations as directed edges supplier → recipient, weighted
// by independent origins: a graph Gephi (or any GraphML reader) opens as it is.
import type { ActorSummary, AllegationSummary } from "../store/types.js";

const KEYS = [
  ["name", "node", "label", "string"],
  ["kind", "node", "kind", "string"],
  ["weight", "edge", "weight", "double"],
  ["allegation", "edge", "allegation", "string"],
  ["type", "edge", "type", "string"],
  ["item", "edge", "item", "string"],
  ["status", "edge", "status", "string"],
  ["claims_for", "edge", "claims_for", "int"],
  ["claims_against", "edge", "claims_against", "int"],
  ["confidence", "edge", "confidence", "double"],
  ["first_seen", "edge", "first_seen", "string"],
  ["last_seen", "edge", "last_seen", "string"],
] as const;

export function xmlEscape(s: string): string {
  return s.replace(
    /[<>&"']/g,
    (c) => `&${{ "<": "lt", ">": "gt", "&": "amp", '"': "quot", "'": "apos" }[c]};`,
  );
}

function data(key: string, value: string | number | null): string {
  return value === null ? "" : `<data key="${key}">${xmlEscape(String(value))}</data>`;
}

export function* graphml(
  actors: readonly ActorSummary[],
  allegations: readonly AllegationSummary[],
): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  for (const [id, target, name, type] of KEYS) {
    yield `  <key id="${id}" for="${target}" attr.name="${name}" attr.type="${type}"/>\n`;
  }
  yield '  <graph id="armstrace" edgedefault="directed">\n';
  const edges = allegations.filter(
    (a) => a.supplier && a.recipient && (a.type === "transfer" || a.type === "request"),
  );
  const names = new Map(actors.map((a) => [a.code, a]));
  const codes = new Set(edges.flatMap((a) => [a.supplier!, a.recipient!]));
  for (const code of [...codes].sort()) {
    const actor = names.get(code);
    const kind = actor?.kind ?? (code.startsWith("org:") ? "organisation" : "state");
    yield `    <node id="${xmlEscape(code)}">${data("name", actor?.name ?? code)}${data("kind", kind)}</node>\n`;
  }
  for (const a of edges) {
    yield `    <edge id="a${a.id}" source="${xmlEscape(a.supplier!)}" target="${xmlEscape(a.recipient!)}">`;
    yield data("weight", a.independentOrigins) + data("allegation", a.key) + data("type", a.type);
    yield data("item", a.item) + data("status", a.status) + data("claims_for", a.claimsFor);
    yield data("claims_against", a.claimsAgainst) + data("confidence", a.confidence);
    yield `${data("first_seen", a.firstSeen)}${data("last_seen", a.lastSeen)}</edge>\n`;
  }
  yield "  </graph>\n</graphml>\n";
}
