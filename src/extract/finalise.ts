// Drafts → contract claims: one claim per source and per actor on each side ("the US and
// Germany sent tanks" → two), both-null transfers dropped, exact repeats merged, ids in order.
import type { Claim, ClaimExplanation, ClaimItem, SourceDocument } from "../core/model.js";
import type { ActorRef, Attributed, Draft } from "./draft.js";
import { dropDomainHosts } from "./items.js";

type Role = ClaimExplanation["roles"][number];

export function finalise(drafts: readonly Draft[], doc: SourceDocument): Claim[] {
  const claims: Claim[] = [];
  const seen = new Set<string>();
  for (const d of drafts) {
    for (const claim of expand(d, doc)) {
      const key = claimKey(claim, d);
      if (seen.has(key)) continue;
      seen.add(key);
      claims.push(claim);
    }
  }
  claims.sort((a, b) => a.evidence.start - b.evidence.start);
  return claims.map((c, i) => ({ ...c, id: `c${i + 1}` }));
}

function expand(d: Draft, doc: SourceDocument): Claim[] {
  const out: Claim[] = [];
  for (const src of d.sources) {
    if (d.type === "meeting") out.push(build(d, doc, src, null, null, null));
    else if (d.type === "condemnation") {
      for (const target of d.targets) out.push(build(d, doc, src, null, null, target));
    } else {
      for (const supplier of orNull(d.suppliers)) {
        if (d.sourcePerSupplier && supplier && src.source.country !== supplier.code) continue;
        for (const recipient of orNull(d.recipients)) {
          if (!supplier?.code && !recipient?.code) continue;
          if (supplier?.code && supplier.code === recipient?.code) continue;
          out.push(build(d, doc, src, supplier, recipient, null));
        }
      }
    }
  }
  return out;
}

function orNull(actors: ActorRef[]): Array<ActorRef | null> {
  const distinct = actors.filter((a, i) => actors.findIndex((b) => b.code === a.code) === i);
  return distinct.length ? distinct : [null];
}

function build(
  d: Draft,
  doc: SourceDocument,
  src: Attributed,
  supplier: ActorRef | null,
  recipient: ActorRef | null,
  target: ActorRef | null,
): Claim {
  const { start, end } = d.view.sentence;
  const trigger = triggerSpan(d);
  const participants = d.type === "meeting" ? d.participants.map((p) => p.code ?? "") : null;
  return {
    id: "",
    type: d.type,
    supplier: supplier?.code ?? null,
    recipient: recipient?.code ?? null,
    participants,
    target: target?.code ?? null,
    items: d.type === "meeting" || d.type === "condemnation" ? [] : items(d),
    status: d.status ?? "unknown",
    factuality: d.factuality,
    source: src.source,
    via: d.via,
    time: d.time,
    evidence: {
      start,
      end,
      text: doc.text.slice(start, end).trim(),
      cue: d.cue ? doc.text.slice(d.cue.start, d.cue.end) : doc.text.slice(trigger.start, trigger.end),
    },
    explain: { rule: d.rule, trigger, cue: d.cue, roles: roles(d, src, supplier, recipient, target) },
  };
}

function triggerSpan(d: Draft) {
  const first = d.view.tokens[d.trigger.from];
  const last = d.view.tokens[d.trigger.to - 1];
  return first && last
    ? { start: first.start, end: last.end }
    : { start: d.view.sentence.start, end: d.view.sentence.start };
}

function items(d: Draft): ClaimItem[] {
  const seen = new Set<string>();
  const list = dropDomainHosts(d.view, d.items).filter((it) => {
    const key = `${it.span.start}:${it.category}`;
    return !seen.has(key) && !!seen.add(key);
  });
  return list.map((it) => ({ category: it.category, text: it.text, quantity: it.quantity }));
}

function roles(
  d: Draft,
  src: Attributed,
  supplier: ActorRef | null,
  recipient: ActorRef | null,
  target: ActorRef | null,
): Role[] {
  const out: Role[] = [];
  if (supplier) out.push({ role: "supplier", span: supplier.span });
  if (recipient) out.push({ role: "recipient", span: recipient.span });
  if (target) out.push({ role: "target", span: target.span });
  if (d.type === "meeting") for (const p of d.participants) out.push({ role: "participant", span: p.span });
  if (src.span) out.push({ role: "source", span: src.span });
  for (const it of d.items) if (it.text) out.push({ role: "item", span: it.span });
  return out;
}

function claimKey(c: Claim, d: Draft): string {
  const items = c.items.map((i) => `${i.category}:${i.quantity?.value ?? ""}`).join(",");
  const parties = [c.type, c.supplier, c.recipient, (c.participants ?? []).join("+"), c.target];
  return [...parties, items, c.factuality, c.source.kind, c.source.country, d.view.sentence.index].join("|");
}
