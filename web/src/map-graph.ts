// Allegations as a directed graph: states (and armed groups) as nodes, one edge per allegation,
// width by independent origins, colour by status.
import type { ElementDefinition } from "cytoscape";
import type { AllegationSummary } from "../../src/store/types.js";

export const STATUS_COLOUR: Record<AllegationSummary["status"], string> = {
  corroborated: "#1a7f37",
  "single-source": "#9a6700",
  contested: "#cf222e",
};

export function edgeWidth(origins: number): number {
  return Math.min(2 + 2.5 * Math.log2(1 + origins), 14);
}

/** Only allegations with both ends known can be drawn; the list beside the map shows the rest. */
export function toElements(
  allegations: readonly AllegationSummary[],
  name: (code: string) => string,
): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  const edges: ElementDefinition[] = [];
  for (const a of allegations) {
    if (!a.supplier || !a.recipient) continue;
    for (const code of [a.supplier, a.recipient]) {
      if (!nodes.has(code)) nodes.set(code, { data: { id: `n:${code}`, label: name(code) } });
    }
    edges.push({
      data: {
        id: `e:${a.key}`,
        key: a.key,
        source: `n:${a.supplier}`,
        target: `n:${a.recipient}`,
        label: a.item.replace("_", " "),
        width: edgeWidth(a.independentOrigins),
        colour: STATUS_COLOUR[a.status],
      },
    });
  }
  return [...nodes.values(), ...edges];
}

export const GRAPH_STYLE = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "background-color": "#3d5a80",
      color: "#1f2328",
      "font-size": 18,
      "font-weight": "bold",
      "text-valign": "bottom",
      "text-margin-y": 5,
      width: 30,
      height: 30,
    },
  },
  {
    selector: "edge",
    style: {
      width: "data(width)",
      "line-color": "data(colour)",
      "target-arrow-color": "data(colour)",
      "target-arrow-shape": "triangle",
      "curve-style": "bezier",
      label: "data(label)",
      "font-size": 14,
      color: "#424a53",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.8,
    },
  },
  { selector: "edge:selected", style: { "overlay-opacity": 0.15 } },
];
