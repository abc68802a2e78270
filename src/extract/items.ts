// Items of a claim: the item mentions in a stretch of a sentence, with the quantity that counts
// them and the state they come from ("more than a million North Korean artillery shells").
import type { ItemMention } from "../core/model.js";
import { type ActorGroup, actorGroups } from "./actors.js";
import { appositiveOrigin } from "./appositive-origin.js";
import { originCompoundAt } from "./compound-state.js";
import type { ExtractContext } from "./context.js";
import type { ActorRef, DraftItem } from "./draft.js";
import { DOMAIN_HOSTS, isDualUse, namesNoGoods } from "./item-filters.js";
import { attachQuantities, listContinues } from "./item-quantities.js";
import { possessors } from "./possessors.js";
import { keyAt, type SentenceView } from "./sentence-view.js";

/** Item mentions whose tokens lie in [from, to), with quantities attached. */
export function itemsBetween(view: SentenceView, from: number, to: number): DraftItem[] {
  const items: DraftItem[] = [];
  for (const r of view.ranges) {
    if (r.from < from || r.to > to || r.m.kind !== "item" || namesNoGoods(view, r)) continue;
    const m = r.m as ItemMention;
    items.push({
      category: isBareEquipment(m) && isDualUse(view, r) ? "equipment" : m.category,
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

function isBareEquipment(it: { category: string; text: string }): boolean {
  return it.category === "arms" && it.text.toLowerCase() === "equipment";
}

// "technological assistance in the project to launch a spy satellite": the help takes the
// domain of what it is for; "technology and equipment" (a plain list) keeps both. After an item
// and outside its list it describes that item: "drones in the Shahed family of technologies".
export function dropDomainHosts(view: SentenceView, items: DraftItem[]): DraftItem[] {
  return items.filter((it, k) => {
    if (!DOMAIN_HOSTS.has(it.category)) return true;
    const previous = items[k - 1];
    if (previous && previous.from < it.from && !listContinues(view, previous, it)) return false;
    const next = items[k + 1];
    if (!next || next.from - it.from > 12) return true;
    return listContinues(view, it, next) || !purposeBetween(view, it.from + 1, next.from);
  });
}

// "technology to build satellites", "help in the project to launch …": words that aim help at a
// domain; without one ("cyber tools and many more missiles") the list simply goes on.
const PURPOSE_LINKS = new Set(["to", "for", "in", "on"]);

function purposeBetween(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PURPOSE_LINKS.has(keyAt(view, k))) return true;
  return false;
}

/**
 * The states an item comes from when named right before it: "North Korean shells", "Iran's
 * drones", "North Korea and Iran's ammunition" (a possessive covers its whole list).
 */
export function itemOrigins(view: SentenceView, ctx: ExtractContext, item: DraftItem): ActorRef[] {
  let k = item.from - 1;
  while (k >= 0 && isQuantityOrArticle(view, k)) k--;
  const compound = originCompoundAt(view, k);
  if (compound) return [compound];
  const possessive = keyAt(view, k) === "'s";
  if (possessive) k--;
  const groups = actorGroups(view, ctx);
  const at = groups.findIndex((g) => g.to === k + 1);
  if (at < 0) return appositiveOrigin(view, ctx, item);
  const members = possessive ? possessors(view, groups[at]!) : demonymList(view, groups, at);
  return members.filter((a) => view.mentionAt[a.from]?.kind === "state");
}

/**
 * "North Korean and Iranian rockets": a list of demonyms all qualify the item (the groups split
 * before an item, so the list is walked back); in "Russia and Iranian drones" only the adjective
 * next to the item does.
 */
function demonymList(view: SentenceView, groups: ActorGroup[], at: number): ActorRef[] {
  const last = groups[at]!.members.slice(-1);
  if (!isDemonym(view, last[0]!)) return last;
  const out = [...last];
  for (let g = at; g > 0; g--) {
    const before = groups[g - 1]!;
    const gap = groups[g]!.from - before.to;
    const glued = gap <= 2 && [before.to, groups[g]!.from - 1].every((i) => LIST_AND.has(keyAt(view, i)));
    if (!glued || !before.members.every((a) => isDemonym(view, a))) break;
    out.unshift(...before.members);
  }
  return out;
}

const LIST_AND = new Set([",", "and", "or"]);

function isDemonym(view: SentenceView, a: ActorRef): boolean {
  const m = view.mentionAt[a.from];
  return m?.kind === "state" && m.form === "demonym";
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
