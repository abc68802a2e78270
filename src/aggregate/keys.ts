// Which allegations a claim speaks to. An allegation is the set of claims about the same
// (type, supplier, recipient, coarse item category), whoever makes them and whatever their sign.
import type { Claim, ClaimType, Factuality } from "../core/model.js";
import type { Stance } from "../store/types.js";

export interface AllegationKey {
  type: ClaimType;
  supplier: string | null;
  recipient: string | null;
  /** Coarse item category; "none" for meetings and condemnations. */
  item: string;
}

/** The item of a denial in general terms ("rejected the accusations"): it contests every item. */
export const GENERAL_ITEM = "arms";
export const NO_ITEM = "none";

const POSITIVE: ReadonlySet<Factuality> = new Set(["CT+", "PR+", "PS+"]);
const NEGATIVE: ReadonlySet<Factuality> = new Set(["CT-", "PR-", "PS-"]);

export function stanceOf(factuality: Factuality): Stance {
  if (POSITIVE.has(factuality)) return "for";
  if (NEGATIVE.has(factuality)) return "against";
  return "neutral";
}

/** "missile.srbm" → "missile". */
export function coarseItem(category: string): string {
  const dot = category.indexOf(".");
  return dot < 0 ? category : category.slice(0, dot);
}

export function keyToString(k: AllegationKey): string {
  return `${k.type}/${k.supplier ?? "-"}/${k.recipient ?? "-"}/${k.item}`;
}

export function parseKey(text: string): AllegationKey | null {
  const parts = text.split("/");
  if (parts.length !== 4) return null;
  const [type, supplier, recipient, item] = parts as [string, string, string, string];
  if (!["transfer", "request", "meeting", "condemnation"].includes(type)) return null;
  const actor = (s: string) => (s === "-" || s === "" ? null : s);
  return { type: type as ClaimType, supplier: actor(supplier), recipient: actor(recipient), item };
}

type KeyedClaim = Pick<Claim, "type" | "supplier" | "recipient" | "participants" | "target" | "items"> & {
  source: { country: string | null };
};

/**
 * One key per distinct coarse item. A transfer with no item named ("Moscow is supplying
 * Pyongyang") is about `arms`. A meeting pairs its first two participants in code order; a
 * condemnation pairs the condemning source's state with its target.
 */
export function allegationKeysOf(claim: KeyedClaim): AllegationKey[] {
  if (claim.type === "meeting") {
    const [a, b] = [...(claim.participants ?? [])].sort();
    return a && b ? [{ type: "meeting", supplier: a, recipient: b, item: NO_ITEM }] : [];
  }
  if (claim.type === "condemnation") {
    if (!claim.target) return [];
    return [{ type: "condemnation", supplier: claim.source.country, recipient: claim.target, item: NO_ITEM }];
  }
  if (!claim.supplier && !claim.recipient) return [];
  const items = new Set(claim.items.map((i) => coarseItem(i.category)));
  if (items.size === 0) items.add(GENERAL_ITEM);
  return [...items].map((item) => ({
    type: claim.type,
    supplier: claim.supplier,
    recipient: claim.recipient,
    item,
  }));
}

/** A denial about `arms` in general contests every allegation of the same type and pair. */
export function isGeneralDenial(key: AllegationKey, stance: Stance): boolean {
  return stance === "against" && key.item === GENERAL_ITEM;
}
