// The Cytoscape canvas. Edges are clickable; the list beside it is the keyboard route.
import cytoscape, { type ElementDefinition, type StylesheetJson } from "cytoscape";
import { useEffect, useRef } from "react";
import { GRAPH_STYLE } from "../map-graph.js";

export function GraphCanvas(props: { elements: ElementDefinition[]; onEdge: (key: string) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const onEdge = useRef(props.onEdge);
  onEdge.current = props.onEdge;
  useEffect(() => {
    if (!container.current) return;
    const el = container.current;
    const nodeCount = props.elements.filter((e) => !e.data.source).length;
    const cy = cytoscape({
      container: el,
      elements: props.elements,
      style: GRAPH_STYLE as StylesheetJson,
      // Force-directed reads best for a few dozen states; a circle stays fast for hundreds.
      layout: nodeCount > 150 ? { name: "circle" } : { name: "cose", animate: false, randomize: false },
      wheelSensitivity: 0.3,
    });
    cy.on("tap", "edge", (evt) => onEdge.current(String(evt.target.data("key"))));
    cy.one("render", () => {
      el.dataset.rendered = "true";
      performance.mark("map-rendered");
    });
    return () => {
      delete el.dataset.rendered;
      cy.destroy();
    };
  }, [props.elements]);
  return (
    <div ref={container} className="graph" data-testid="map-graph" aria-label="allegation map" role="img" />
  );
}
