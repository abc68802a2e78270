// Items of a claim: the item mentions in a stretch of a sentence, with the quantity that counts
// them and the state they come from ("more than a million North Korean artillery shells").
import type { ItemMention, Quantity, QuantityMention } from "../core/model.js";
import { actorGroups } from "./actors.js";
import type { ExtractContext } from "./context.js";
import type { ActorRef, DraftItem } from "./draft.js";
import { keyAt, type SentenceView } from "./sentence-view.js";

// Categories that are help for whatever domain follows ("technology to build satellites" → space).
const DOMAIN_HOSTS = new Set(["technology"]);

/** Item mentions whose tokens lie in [from, to), with quantities attached. */
export function itemsBetween(view: SentenceView, from: number, to: number): DraftItem[] {
  const items: DraftItem[] = [];
  for (const r of view.ranges) {
    if (r.from < from || r.to > to || r.m.kind !== "item") continue;
    const m = r.m as ItemMention;
    items.push({
      category: m.category,
      text: m.text,
      span: { start: m.start, end: m.end },
      quantity: null,
      from: r.from,
    });
  }
  attachQuantities(view, items, from);
  return bareEquipmentAsGoods(items.filter((it) => !isAnaphoricAid(view, it)));
}

/** "the assistance would be delivered": a bare help noun after a determiner refers back. */
function isAnaphoricAid(view: SentenceView, it: DraftItem): boolean {
  if (it.quantity || !view.words.bare_aid.has(it.text.toLowerCase())) return false;
  return view.words.determiners.has(keyAt(view, it.from - 1));
}

// Categories that make bare "equipment" beside them non-weapon goods: "technology and equipment",
// "machine tools and equipment"; beside munitions it stays `arms` ("equipment and munitions").
const GOODS = new Set(["technology", "equipment", "economic"]);

function bareEquipmentAsGoods(items: DraftItem[]): DraftItem[] {
  const coarse = items.map((it) => it.category.split(".")[0]!);
  if (!coarse.some((c) => GOODS.has(c))) return items;
  if (coarse.some((c, k) => !GOODS.has(c) && !isBareEquipment(items[k]!))) return items;
  for (const it of items) if (isBareEquipment(it)) it.category = "equipment";
  return items;
}

function isBareEquipment(it: DraftItem): boolean {
  return it.category === "arms" && it.text.toLowerCase() === "equipment";
}

function attachQuantities(view: SentenceView, items: DraftItem[], lo: number): void {
  let next = 0;
  for (const r of view.ranges) {
    if (r.m.kind !== "quantity" || r.m.value === null || r.to < lo) continue;
    const q = r.m as QuantityMention;
    const quantity: Quantity = { value: q.value!, unit: q.unit, qualifier: q.qualifier };
    while (next < items.length && items[next]!.from < r.to) next++;
    const first = items[next];
    if (!first || first.from - r.to > 3) continue;
    first.quantity = quantity;
    // "1,000 containers of equipment and munitions": a total with no umbrella counts every item.
    if (keyAt(view, r.to) !== "of" || q.unit === "items") continue;
    for (let k = next + 1; k < items.length && listContinues(view, items[k - 1]!, items[k]!); k++) {
      items[k]!.quantity = quantity;
    }
  }
}

function listContinues(view: SentenceView, a: DraftItem, b: DraftItem): boolean {
  let i = a.from;
  while (view.mentionAt[i] && view.mentionAt[i] === view.mentionAt[a.from]) i++;
  for (; i < b.from; i++) {
    if (view.mentionAt[i]?.kind === "item") continue;
    if (!view.words.list_glue.has(keyAt(view, i))) return false;
  }
  return true;
}

// "technological assistance in the project to launch a spy satellite": the help takes the
// domain of what it is for; "technology and equipment" (a plain list) keeps both.
export function dropDomainHosts(view: SentenceView, items: DraftItem[]): DraftItem[] {
  return items.filter((it, k) => {
    if (!DOMAIN_HOSTS.has(it.category)) return true;
    const next = items[k + 1];
    if (!next || next.from - it.from > 12) return true;
    return listContinues(view, it, next);
  });
}

/**
 * The states an item comes from when named right before it: "North Korean shells", "Iran's
 * drones", "North Korea and Iran's ammunition" (a possessive covers its whole list).
 */
export function itemOrigins(view: SentenceView, ctx: ExtractContext, item: DraftItem): ActorRef[] {
  let k = item.from - 1;
  while (k >= 0 && isQuantityOrArticle(view, k)) k--;
  const possessive = keyAt(view, k) === "'s";
  if (possessive) k--;
  const group = actorGroups(view, ctx).find((g) => g.to === k + 1);
  if (!group) return [];
  const members = possessive ? group.members : group.members.slice(-1);
  return members.filter((a) => view.mentionAt[a.from]?.kind === "state");
}

export function itemOrigin(view: SentenceView, ctx: ExtractContext, item: DraftItem): string | null {
  return itemOrigins(view, ctx, item)[0]?.code ?? null;
}

function isQuantityOrArticle(view: SentenceView, k: number): boolean {
  const m = view.mentionAt[k];
  return m?.kind === "quantity" || keyAt(view, k) === "of";
}

/** The origin shared by the items, if the first item that has one names it. */
export function itemsOrigin(view: SentenceView, ctx: ExtractContext, items: DraftItem[]): string | null {
  for (const it of items) {
    const o = itemOrigin(view, ctx, it);
    if (o) return o;
  }
  return null;
}
