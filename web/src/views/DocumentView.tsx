// One stored article with its entities and claims highlighted in place.
import { useEffect } from "react";
import { api, type DocumentDetail } from "../api.js";
import { fromStored } from "../claim-view.js";
import { ClaimCard } from "../components/ClaimCard.js";
import { HighlightedText, type Mark, type MarkKind } from "../components/HighlightedText.js";
import { DOCUMENT_KEY, HighlightKey } from "../components/HighlightKey.js";
import { safeHref } from "../safe-href.js";
import { useFetch } from "../useFetch.js";

export function documentMarks(d: DocumentDetail, focusClaim: string | null): Mark[] {
  const marks: Mark[] = [];
  for (const e of d.entities) {
    for (const m of e.mentions) marks.push({ ...m, kind: e.kind as MarkKind, label: `${e.kind}: ${e.name}` });
  }
  for (const c of d.claims) {
    const kind: MarkKind = String(c.id) === focusClaim ? "focus" : "claim";
    marks.push({ start: c.evidence.start, end: c.evidence.end, kind, label: `claim by ${c.source.label}` });
  }
  return marks;
}

export function DocumentView({ id, claim }: { id: string; claim: string | null }) {
  const result = useFetch(id, () => api.document(id));
  useEffect(() => {
    if (result.state === "ok") document.querySelector("mark.hl-focus")?.scrollIntoView({ block: "center" });
  }, [result.state]);
  if (result.state === "loading") return <p className="muted">Loading…</p>;
  if (result.state === "error") return <p className="error">{result.message}</p>;
  const d = result.data;
  const href = safeHref(d.url);
  return (
    <section className="document-view">
      <h1 data-testid="document-title">{d.title ?? "Untitled document"}</h1>
      <p className="muted">
        {d.outlet ?? "unknown outlet"} · {d.published ?? "undated"}
        {d.wire && <> · wire: {d.wire}</>}
        {href ? (
          <>
            {" · "}
            <a href={href} rel="noopener noreferrer nofollow" target="_blank">
              original
            </a>
          </>
        ) : (
          d.url && <> · {d.url}</>
        )}
      </p>
      <HighlightKey kinds={DOCUMENT_KEY} />
      <div className="document-body">
        <article className="article-text" data-testid="document-text">
          <HighlightedText text={d.text} marks={documentMarks(d, claim)} />
        </article>
        <aside className="claims-side">
          <h2>
            {d.claims.length} claim{d.claims.length === 1 ? "" : "s"}
          </h2>
          {d.claims.map((c) => (
            <ClaimCard key={c.id} claim={fromStored(c)} />
          ))}
        </aside>
      </div>
    </section>
  );
}
