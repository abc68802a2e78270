// Actor codes ("KP", "org:wagner") shown as names, from /api/actors, loaded once per page.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { api } from "../api.js";

const Names = createContext<ReadonlyMap<string, string>>(new Map());

export function ActorNamesProvider({ children }: { children: ReactNode }) {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    api.actors().then(
      (res) => setNames(new Map(res.items.map((a) => [a.code, a.name]))),
      () => setNames(new Map()),
    );
  }, []);
  return <Names.Provider value={names}>{children}</Names.Provider>;
}

/** Adds names the store may not know yet, such as those of a pasted article's entities. */
export function MoreActorNames({
  names,
  children,
}: {
  names: ReadonlyMap<string, string>;
  children: ReactNode;
}) {
  const known = useContext(Names);
  const merged = useMemo(() => new Map([...names, ...known]), [names, known]);
  return <Names.Provider value={merged}>{children}</Names.Provider>;
}

export function useActorName(): (code: string | null) => string {
  const names = useContext(Names);
  // Stable while the names are, so the map is not rebuilt on every render.
  return useCallback((code) => (code === null ? "unknown" : (names.get(code) ?? code)), [names]);
}
