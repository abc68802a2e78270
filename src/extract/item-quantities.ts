// Quantities of a clause's items: the count or value before an item ("more than 2,000 shells"),
// a total over a list ("1,000 containers of equipment and munitions"), and a value after its item
// ("military aid worth $8bn").
import type { Quantity, QuantityMention } from "../core/model.js";
import type { DraftItem } from "./draft.js";
import { keyAt, type SentenceView } from "./sentence-view.js";

export function attachQuantities(view: SentenceView, items: DraftItem[], lo: number): void {
  let next = 0;
  for (const r of view.ranges) {
    if (r.m.kind !== "quantity" || r.m.value === null || r.to < lo) continue;
    const q = r.m as QuantityMention;
    const quantity: Quantity = { value: q.value!, unit: q.unit, qualifier: q.qualifier };
    while (next < items.length && items[next]!.from < r.to) next++;
    const first = items[next];
    if (!first || first.from - r.to > 3) {
      const before = itemBeforeValue(view, items, r.from);
      if (before) before.quantity = quantity;
      continue;
    }
    first.quantity = quantity;
    // "1,000 containers of equipment and munitions": a total with no umbrella counts every item.
    if (keyAt(view, r.to) !== "of" || q.unit === "items") continue;
    for (let k = next + 1; k < items.length && listContinues(view, items[k - 1]!, items[k]!); k++) {
      items[k]!.quantity = quantity;
    }
  }
}

/** "military aid worth $8bn", "aid valued at €2bn": the value names the item right before it. */
function itemBeforeValue(view: SentenceView, items: DraftItem[], at: number): DraftItem | undefined {
  let k = at - 1;
  if (keyAt(view, k) === "at") k--;
  if (!view.words.value_links.has(keyAt(view, k))) return undefined;
  const m = view.mentionAt[k - 1];
  if (m?.kind !== "item") return undefined;
  return items.find((it) => it.span.start === m.start && !it.quantity);
}

export function listContinues(view: SentenceView, a: DraftItem, b: DraftItem): boolean {
  let i = a.from;
  while (view.mentionAt[i] && view.mentionAt[i] === view.mentionAt[a.from]) i++;
  for (; i < b.from; i++) {
    if (view.mentionAt[i]?.kind === "item") continue;
    if (!view.words.list_glue.has(keyAt(view, i))) return false;
  }
  return true;
}
