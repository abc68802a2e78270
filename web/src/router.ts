// A small path router: every view has its own URL, so allegations and documents can be linked.
import { useEffect, useState } from "react";

export type Route =
  | { view: "map" }
  | { view: "allegation"; id: string }
  | { view: "document"; id: string; claim: string | null }
  | { view: "analyse" }
  | { view: "not-found"; path: string };

export function parseRoute(path: string, search: string): Route {
  if (path === "/" || path === "") return { view: "map" };
  if (path === "/analyse") return { view: "analyse" };
  // Allegation keys read as paths: /allegations/transfer/KP/RU/ammunition
  const allegation = /^\/allegations\/(.+)$/.exec(path);
  if (allegation)
    return { view: "allegation", id: allegation[1]!.split("/").map(decodeURIComponent).join("/") };
  const doc = /^\/documents\/([^/]+)$/.exec(path);
  if (doc) {
    const claim = new URLSearchParams(search).get("claim");
    return { view: "document", id: decodeURIComponent(doc[1]!), claim };
  }
  return { view: "not-found", path };
}

export const paths = {
  map: () => "/",
  analyse: () => "/analyse",
  allegation: (key: string) => `/allegations/${key.split("/").map(encodeURIComponent).join("/")}`,
  document: (id: string, claim?: string) =>
    `/documents/${encodeURIComponent(id)}${claim ? `?claim=${encodeURIComponent(claim)}` : ""}`,
};

export function navigate(to: string): void {
  window.history.pushState(null, "", to);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

function currentRoute(): Route {
  return parseRoute(window.location.pathname, window.location.search);
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(currentRoute);
  useEffect(() => {
    const onPop = () => setRoute(currentRoute());
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  return route;
}
