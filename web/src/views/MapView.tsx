// The map: who is alleged to arm whom. Filters live in the URL, so a filtered map can be linked.
import { useMemo, useState } from "react";
import { type AllegationQuery, api } from "../api.js";
import { useActorName } from "../components/ActorNames.js";
import { GraphCanvas } from "../components/GraphCanvas.js";
import { Link } from "../components/Link.js";
import { MapFilters } from "../components/MapFilters.js";
import { STATUS_COLOUR, toElements } from "../map-graph.js";
import { navigate, paths } from "../router.js";
import { useFetch } from "../useFetch.js";

const MAP_LIMIT = 400;

function readFilters(): AllegationQuery {
  const q = new URLSearchParams(window.location.search);
  const get = (k: string) => q.get(k) ?? undefined;
  return {
    type: get("type") ?? "transfer",
    item: get("item"),
    status: get("status"),
    factuality: get("factuality"),
    since: get("since"),
    until: get("until"),
  };
}

function writeFilters(f: AllegationQuery): void {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) q.set(k, String(v));
  window.history.replaceState(null, "", `/${q.size ? `?${q}` : ""}`);
}

export function MapView() {
  const [filters, setFilters] = useState<AllegationQuery>(readFilters);
  const name = useActorName();
  const key = JSON.stringify(filters);
  const result = useFetch(key, () => api.allegations({ ...filters, limit: MAP_LIMIT }));
  const items = result.state === "ok" ? result.data.items : [];
  const elements = useMemo(() => toElements(items, name), [items, name]);
  const update = (f: AllegationQuery) => {
    writeFilters(f);
    setFilters(f);
  };
  return (
    <section className="map-view">
      <MapFilters value={filters} onChange={update} />
      <div className="map-body">
        <GraphCanvas elements={elements} onEdge={(k) => navigate(paths.allegation(k))} />
        <aside className="edge-list" aria-label="allegations">
          <Legend />
          {result.state === "loading" && <p className="muted">Loading…</p>}
          {result.state === "error" && <p className="error">{result.message}</p>}
          {result.state === "ok" && (
            <>
              <p className="muted">
                {result.data.total} allegation{result.data.total === 1 ? "" : "s"}
                {result.data.total > items.length ? `, the ${items.length} with most origins shown` : ""}
              </p>
              <ol data-testid="allegation-list">
                {items.map((a) => (
                  <li key={a.key}>
                    <Link to={paths.allegation(a.key)}>
                      {name(a.supplier)} → {name(a.recipient)}: {a.item.replace("_", " ")}
                    </Link>{" "}
                    <span className={`status status-${a.status}`}>{a.status}</span>{" "}
                    <span className="muted">
                      {a.independentOrigins} origin{a.independentOrigins === 1 ? "" : "s"}
                    </span>
                  </li>
                ))}
              </ol>
            </>
          )}
        </aside>
      </div>
    </section>
  );
}

function Legend() {
  return (
    <ul className="legend" aria-label="legend">
      {Object.entries(STATUS_COLOUR).map(([status, colour]) => (
        <li key={status}>
          <svg width="24" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="24" y2="4" stroke={colour} strokeWidth="4" />
          </svg>{" "}
          {status}
        </li>
      ))}
      <li className="muted">wider edge: more independent origins</li>
    </ul>
  );
}
