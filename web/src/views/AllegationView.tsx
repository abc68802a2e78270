// One allegation: its standing, its independent origins, and every claim for and against in time order.
import { api } from "../api.js";
import { fromStored } from "../claim-view.js";
import { useActorName } from "../components/ActorNames.js";
import { ClaimCard } from "../components/ClaimCard.js";
import { CLAIM_KEY, HighlightKey } from "../components/HighlightKey.js";
import { TimelineChart } from "../components/TimelineChart.js";
import { useFetch } from "../useFetch.js";

export function AllegationView({ id }: { id: string }) {
  const result = useFetch(id, () => api.allegation(id));
  const name = useActorName();
  if (result.state === "loading") return <p className="muted">Loading…</p>;
  if (result.state === "error") return <p className="error">{result.message}</p>;
  const a = result.data;
  const claims = a.claims
    .map(fromStored)
    .sort((x, y) => (x.published ?? x.when ?? "").localeCompare(y.published ?? y.when ?? ""));
  return (
    <section className="allegation-view">
      <h1>
        {name(a.supplier)} → {name(a.recipient)}: {a.item.replace("_", " ")}
      </h1>
      <p>
        <span className={`status status-${a.status}`}>{a.status}</span> · {a.type} · {a.independentOrigins}{" "}
        independent origin{a.independentOrigins === 1 ? "" : "s"} · {a.claimsFor} claim
        {a.claimsFor === 1 ? "" : "s"} for, {a.claimsAgainst} against · {a.documents} document
        {a.documents === 1 ? "" : "s"} · reported {a.firstSeen ?? "?"} to {a.lastSeen ?? "?"}
      </p>
      {a.origins.length > 0 && (
        <>
          <h2>Origins</h2>
          <ul className="origins">
            {a.origins.map((o) => (
              <li key={o.key}>
                <span className={`badge stance-${o.stance}`}>{o.stance}</span> {o.label}{" "}
                <span className="muted">
                  ({o.claims} claim{o.claims === 1 ? "" : "s"})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Timeline of claims</h2>
      <TimelineChart claims={claims} />
      <HighlightKey kinds={CLAIM_KEY} />
      <ol className="timeline" data-testid="timeline">
        {claims.map((c) => (
          <li key={c.key}>
            <ClaimCard claim={c} here={a.key} />
          </li>
        ))}
      </ol>
    </section>
  );
}
