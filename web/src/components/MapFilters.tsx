// Filters of the map: claim type, item category, status, factuality and date range.
import type { AllegationQuery } from "../api.js";

/** The contract's coarse item categories. */
const ITEMS = [
  "arms",
  "ammunition",
  "missile",
  "air_defense",
  "artillery",
  "small_arms",
  "armored_vehicle",
  "aircraft",
  "drone",
  "naval",
  "space",
  "nuclear",
  "equipment",
  "technology",
  "personnel",
  "intelligence",
  "economic",
];
const TYPES = ["transfer", "request"];
const STATUSES = ["corroborated", "single-source", "contested"];
const FACTUALITIES: Array<[string, string]> = [
  ["certain", "stated as fact (CT+)"],
  ["probable", "at least probable (CT+, PR+)"],
  ["possible", "hedged too (CT+, PR+, PS+)"],
];

function Choice(props: {
  label: string;
  value: string | undefined;
  options: Array<[string, string]>;
  any?: string;
  onChange: (v: string | undefined) => void;
}) {
  return (
    <label>
      {props.label}{" "}
      <select value={props.value ?? ""} onChange={(e) => props.onChange(e.target.value || undefined)}>
        {props.any !== undefined && <option value="">{props.any}</option>}
        {props.options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

const pairs = (xs: string[]): Array<[string, string]> => xs.map((x) => [x, x.replace("_", " ")]);

export function MapFilters(props: { value: AllegationQuery; onChange: (f: AllegationQuery) => void }) {
  const f = props.value;
  const set = (k: keyof AllegationQuery) => (v: string | undefined) => props.onChange({ ...f, [k]: v });
  return (
    <form className="filters" aria-label="map filters" onSubmit={(e) => e.preventDefault()}>
      <Choice label="Type" value={f.type} options={pairs(TYPES)} onChange={set("type")} />
      <Choice label="Items" value={f.item} options={pairs(ITEMS)} any="all" onChange={set("item")} />
      <Choice label="Status" value={f.status} options={pairs(STATUSES)} any="all" onChange={set("status")} />
      <Choice
        label="Claims"
        value={f.factuality}
        options={FACTUALITIES}
        any="all"
        onChange={set("factuality")}
      />
      <label>
        From{" "}
        <input
          type="date"
          value={f.since ?? ""}
          onChange={(e) => set("since")(e.target.value || undefined)}
        />
      </label>
      <label>
        To{" "}
        <input
          type="date"
          value={f.until ?? ""}
          onChange={(e) => set("until")(e.target.value || undefined)}
        />
      </label>
    </form>
  );
}
