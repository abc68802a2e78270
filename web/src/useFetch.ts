// Loads one API result for a view; re-fetches when `key` changes, ignores answers that arrive late.
import { useEffect, useState } from "react";

export type Loaded<T> = { state: "loading" } | { state: "error"; message: string } | { state: "ok"; data: T };

export function useFetch<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: "loading" });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` fetches
  useEffect(() => {
    let current = true;
    setResult({ state: "loading" });
    load().then(
      (data) => current && setResult({ state: "ok", data }),
      (err: unknown) =>
        current && setResult({ state: "error", message: String((err as Error).message ?? err) }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return result;
}
