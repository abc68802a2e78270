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

export function GraphCanvas(props: { elements: ElementDefinition[]; onEdge: (key: string) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const onEdge = useRef(props.onEdge);
  onEdge.current = props.onEdge;
  useEffect(() => {
    if (!container.current) return;
    const el = container.current;
    markCytoscapeSheetPresent();
    const nodeCount = props.elements.filter((e) => !e.data.source).length;
    const cy = cytoscape({
      container: el,
      elements: props.elements,
      style: GRAPH_STYLE as StylesheetJson,
      // Force-directed reads best for a few dozen states; a circle stays fast for hundreds.
      layout:
        nodeCount > 150 ? { name: "circle", padding: 30 } : { name: "cose", animate: false, padding: 30 },
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
