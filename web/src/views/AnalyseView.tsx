// Paste an article (or drop a file) and see what armstrace reads in it, without storing anything.
import { type DragEvent, useEffect, useMemo, useState } from "react";
import { api, type Extraction } from "../api.js";
import { fromExtracted } from "../claim-view.js";
import { MoreActorNames } from "../components/ActorNames.js";
import { ClaimCard } from "../components/ClaimCard.js";
import { HighlightedText, type Mark, type MarkKind } from "../components/HighlightedText.js";
import { DOCUMENT_KEY, HighlightKey } from "../components/HighlightKey.js";
import { StoreForm } from "../components/StoreForm.js";

const DEBOUNCE_MS = 350;

export function extractionMarks(x: Extraction): Mark[] {
  const marks: Mark[] = x.entities.flatMap((e) =>
    e.mentions.map((m) => ({ ...m, kind: e.kind as MarkKind, label: `${e.kind}: ${e.name}` })),
  );
  for (const c of x.claims) marks.push({ start: c.evidence.start, end: c.evidence.end, kind: "claim" });
  return marks;
}

type Analysis = { text: string; extraction: Extraction } | { text: string; error: string } | null;

function useAnalysis(text: string): Analysis {
  const [analysis, setAnalysis] = useState<Analysis>(null);
  useEffect(() => {
    if (!text.trim()) return setAnalysis(null);
    let current = true;
    const timer = setTimeout(() => {
      api.extract(text).then(
        (extraction) => current && setAnalysis({ text, extraction }),
        (err: Error) => current && setAnalysis({ text, error: err.message }),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);
  return analysis;
}

export function AnalyseView() {
  const [text, setText] = useState("");
  const analysis = useAnalysis(text);
  const onDrop = (e: DragEvent<HTMLTextAreaElement>) => {
    const file = e.dataTransfer.files[0];
    if (!file) return;
    e.preventDefault();
    file.text().then(setText);
  };
  return (
    <section className="analyse-view">
      <h1>Analyse an article</h1>
      <label htmlFor="article-input">
        Paste an article, or drop a text, HTML or JSON file. A header block (title:, outlet:, published:,
        url:, then ---) sets its details. Nothing is stored unless you store it below.
      </label>
      <textarea
        id="article-input"
        data-testid="article-input"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onDrop={onDrop}
        rows={10}
        spellCheck={false}
      />
      {analysis && "error" in analysis && <p className="error">{analysis.error}</p>}
      {analysis && "extraction" in analysis && (
        <AnalysisResult text={analysis.text} x={analysis.extraction} />
      )}
      {text.trim() && <StoreForm text={text} />}
    </section>
  );
}

/** "country:LV" → Latvia: names of the states the article mentions, for the claim headings. */
function entityNames(x: Extraction): Map<string, string> {
  return new Map(
    x.entities.filter((e) => e.kind === "country" && e.country).map((e) => [e.country!, e.name]),
  );
}

function AnalysisResult({ text, x }: { text: string; x: Extraction }) {
  const names = useMemo(() => entityNames(x), [x]);
  return (
    <MoreActorNames names={names}>
      <HighlightKey kinds={DOCUMENT_KEY} />
      <div className="document-body" data-testid="analysis">
        <article className="article-text">
          <HighlightedText text={text} marks={extractionMarks(x)} />
        </article>
        <aside className="claims-side">
          <h2>
            {x.claims.length} claim{x.claims.length === 1 ? "" : "s"}
          </h2>
          {x.claims.map((c) => (
            <ClaimCard key={c.id} claim={fromExtracted(c, x.document)} />
          ))}
          {x.diagnostics.map((d) => (
            <p key={`${d.level}:${d.message}`} className="muted">
              {d.level}: {d.message}
            </p>
          ))}
        </aside>
      </div>
    </MoreActorNames>
  );
}
