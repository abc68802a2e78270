// The Cytoscape canvas. Edges are clickable; the list beside it is the keyboard route.
import cytoscape, { type ElementDefinition, type StylesheetJson } from "cytoscape";
import { useEffect, useRef } from "react";
import { GRAPH_STYLE } from "../map-graph.js";

/**
 * Cytoscape injects an inline <style> (".__________cytoscape_container { position: relative }")
 * unless an element with this id exists. The CSP blocks inline styles, and styles.css already
 * positions the container, so a placeholder tells it the sheet is there.
 */
const CYTOSCAPE_SHEET_ID = "__________cytoscape_stylesheet";

function markCytoscapeSheetPresent(): void {
  if (document.getElementById(CYTOSCAPE_SHEET_ID)) return;
  const placeholder = document.createElement("meta");
  placeholder.id = CYTOSCAPE_SHEET_ID;
  document.head.append(placeholder);
}

/**
 * States on a ring, in the order their allegations first appear (most origins first), so the two
 * ends of the main edges sit side by side. Deterministic: the map looks the same on every load,
 * and no edge runs through a state it does not touch.
 */
const RING_LAYOUT = { name: "circle", animate: false, padding: 40, spacingFactor: 1.1 } as const;

export function GraphCanvas(props: { elements: ElementDefinition[]; onEdge: (key: string) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const onEdge = useRef(props.onEdge);
  onEdge.current = props.onEdge;
  useEffect(() => {
    if (!container.current) return;
    const el = container.current;
    markCytoscapeSheetPresent();
    const cy = cytoscape({
      container: el,
      elements: props.elements,
      style: GRAPH_STYLE as StylesheetJson,
      layout: RING_LAYOUT,
      // A map of two or three states would otherwise be zoomed until the labels are huge.
      maxZoom: 1.6,
      minZoom: 0.05,
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
