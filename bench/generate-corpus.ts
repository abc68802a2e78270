// A synthetic corpus of news-like articles about arms transfers, composed from templates with a
// seeded random generator: varied states, weapons, sources, hedges, denials, and syndicated
// copies of one story under several outlets. Nothing is copied from real reporting.
export interface GeneratedArticle {
  title: string;
  outlet: string;
  published: string;
  url: string;
  text: string;
}

type Rand = () => number;

function mulberry32(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const PAIRS = [
  { supplier: "North Korea", recipient: "Russia", s: "Pyongyang", rc: "Moscow" },
  { supplier: "Iran", recipient: "Russia", s: "Tehran", rc: "Moscow" },
  { supplier: "Russia", recipient: "North Korea", s: "Moscow", rc: "Pyongyang" },
  { supplier: "the United States", recipient: "Ukraine", s: "Washington", rc: "Kyiv" },
  { supplier: "Germany", recipient: "Ukraine", s: "Berlin", rc: "Kyiv" },
  { supplier: "China", recipient: "Russia", s: "Beijing", rc: "Moscow" },
  { supplier: "Belarus", recipient: "Russia", s: "Minsk", rc: "Moscow" },
  { supplier: "Iran", recipient: "the Houthis", s: "Tehran", rc: "the Houthis" },
] as const;

const WEAPONS = [
  "artillery shells",
  "ballistic missiles",
  "short-range ballistic missiles",
  "Shahed drones",
  "attack drones",
  "air defence systems",
  "tanks",
  "rocket launchers",
  "anti-tank missiles",
  "ammunition",
  "rifles",
  "fighter jets",
  "microchips",
  "military equipment",
] as const;

const SOURCES = [
  "South Korea's National Intelligence Service",
  "US officials",
  "the Pentagon",
  "a senior Ukrainian military intelligence officer",
  "Japan's defence ministry",
  "British defence intelligence",
  "a researcher at an independent arms monitoring group",
  "the White House",
  "NATO's secretary general",
  "European diplomats",
] as const;

const CUES = [
  ["said", "had supplied"],
  ["believes", "has supplied"],
  ["estimated", "had shipped"],
  ["reported", "had delivered"],
  ["suspects", "may have sent"],
  ["said", "is likely to have sent"],
  ["told reporters", "had transferred"],
] as const;

const OUTLETS = [
  "Harbour Ledger",
  "Northern Courier",
  "Daily Meridian",
  "The Plains Observer",
  "Capital Dispatch",
  "Evening Lantern",
  "Coastal Times",
  "Global Wire Review",
  "Metro Standard",
  "The Valley Gazette",
  "River City Post",
  "Summit Tribune",
] as const;

const BACKGROUND = [
  "Analysts have tracked rail traffic near the border for several months",
  "Satellite images showed new activity at a port on the eastern coast",
  "The two governments signed a cooperation agreement last year",
  "Sanctions adopted by the Security Council ban such trade",
  "Officials did not say how the shipments were paid for",
  "The war has consumed ammunition faster than factories can produce it",
  "Lawmakers were briefed behind closed doors on the findings",
  "Independent verification of the figures was not possible",
  "Trade between the countries has grown sharply since the invasion",
  "Experts said the weapons could extend the range of strikes",
  "A delegation visited military factories during the trip",
  "The report did not name the vessels involved",
] as const;

const DENIALS = [
  "{s} has denied the accusations",
  "{rc} rejected the reports as baseless",
  "Both governments have denied any arms trade",
  "A spokesperson for {s} dismissed the claims",
] as const;

function quantity(r: Rand): string {
  const n = pick(r, [100, 300, 1000, 5000, 20000, 1000000, 3000000]);
  const q = pick(r, ["more than ", "about ", "at least ", "", "up to "]);
  return `${q}${n.toLocaleString("en-US")} `;
}

function isoDate(r: Rand): string {
  const start = Date.UTC(2022, 5, 1);
  const day = Math.floor(r() * 900);
  return new Date(start + day * 86_400_000).toISOString().slice(0, 10);
}

function composeStory(r: Rand, index: number): Omit<GeneratedArticle, "outlet" | "url"> {
  const pair = pick(r, PAIRS);
  const weapon = pick(r, WEAPONS);
  const source = pick(r, SOURCES);
  const [cue, verb] = pick(r, CUES);
  const qty = r() < 0.5 ? quantity(r) : "";
  const lead = `${capitalise(source)} ${cue} on ${pick(r, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])} that ${pair.supplier} ${verb} ${qty}${weapon} to ${pair.recipient}.`;
  const paras = [lead];
  const n = 4 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) paras.push(backgroundParagraph(r, pair, index, i));
  if (r() < 0.35) paras.push(`${fill(pick(r, DENIALS), pair)}.`);
  if (r() < 0.3) {
    const other = pick(r, SOURCES);
    paras.push(
      `${capitalise(other)} ${pick(r, ["also said", "separately said"])} that ${pair.s} had sent ${pick(r, WEAPONS)} to ${pair.rc}.`,
    );
  }
  const title = `${capitalise(pair.supplier)} ${pick(r, ["sent", "shipped", "supplied"])} ${weapon} to ${pair.recipient}, ${source.replace(/^the /, "")} ${pick(r, ["says", "claims", "believes"])} (${index})`;
  return { title, published: isoDate(r), text: paras.join("\n\n") };
}

function backgroundParagraph(r: Rand, pair: (typeof PAIRS)[number], index: number, i: number): string {
  const a = pick(r, BACKGROUND);
  const b = pick(r, BACKGROUND);
  const num = Math.floor(r() * 90) + 10;
  return `${a}, according to report number ${index}-${i}. ${b} in the region near ${pair.rc}, where ${num} convoys were counted over ${Math.floor(r() * 11) + 2} weeks.`;
}

function fill(template: string, pair: (typeof PAIRS)[number]): string {
  return template.replaceAll("{s}", pair.s).replaceAll("{rc}", pair.rc);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * `count` articles; about one in six is a syndicated copy of an earlier story republished by
 * another outlet with its own credit line, so that syndication can be measured.
 */
export function* generateArticles(count: number, seed = 1): Generator<GeneratedArticle> {
  const r = mulberry32(seed);
  const stories: Array<Omit<GeneratedArticle, "outlet" | "url"> & { outlet: string }> = [];
  for (let i = 0; i < count; i++) {
    const copy = stories.length > 0 && r() < 0.16;
    const base = copy ? pick(r, stories.slice(-200)) : { ...composeStory(r, i), outlet: pick(r, OUTLETS) };
    if (!copy) stories.push(base);
    const outlet = copy
      ? pick(
          r,
          OUTLETS.filter((o) => o !== base.outlet),
        )
      : base.outlet;
    const text = copy ? `(${base.outlet}) ${outlet} republished this report.\n\n${base.text}` : base.text;
    yield {
      title: base.title,
      outlet,
      published: base.published,
      url: `https://news.example/${slug(outlet)}/${i}`,
      text,
    };
  }
}
