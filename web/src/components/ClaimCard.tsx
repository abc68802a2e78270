// One claim: who says what, how sure, through whom, when, where it was printed, and the sentence.
import type { ClaimItem } from "../../../src/core/model.js";
import { type ClaimView, FACTUALITY_LABEL } from "../claim-view.js";
import { paths } from "../router.js";
import { useActorName } from "./ActorNames.js";
import { HighlightedText } from "./HighlightedText.js";
import { Link } from "./Link.js";

function itemText(i: ClaimItem): string {
  // A general denial ("rejected the accusations") names no item: only its category is known.
  if (!i.text) return i.category;
  if (!i.quantity) return `${i.text} (${i.category})`;
  const q = i.quantity;
  const qualifier = q.qualifier === "exact" ? "" : `${q.qualifier.replace("_", " ")} `;
  const unit = q.unit === "items" ? "" : ` ${q.unit}`;
  return `${qualifier}${q.value.toLocaleString("en")}${unit} ${i.text} (${i.category})`;
}

/** `here` is the allegation being shown, left out of the claim's allegation links. */
export function ClaimCard({ claim, here }: { claim: ClaimView; here?: string }) {
  const others = claim.allegations.filter((key) => key !== here);
  const name = useActorName();
  const parties =
    claim.supplier || claim.recipient ? `${name(claim.supplier)} → ${name(claim.recipient)}` : claim.type;
  return (
    <article className={`claim claim-${claim.stance}`} data-testid="claim">
      <header>
        <span className={`badge stance-${claim.stance}`}>
          {claim.stance === "against" ? "denies" : "asserts"}
        </span>
        <span className="badge" title={FACTUALITY_LABEL[claim.factuality]}>
          {claim.factuality} {FACTUALITY_LABEL[claim.factuality]}
        </span>
        <span className="parties">{parties}</span>
        <span className="muted">
          {claim.type}, {claim.status}
        </span>
      </header>
      <dl>
        <dt>Source</dt>
        <dd data-testid="claim-source">
          {claim.source.label} <span className="muted">({claim.source.kind})</span>
        </dd>
        {claim.via.length > 0 && (
          <>
            <dt>Via</dt>
            <dd data-testid="claim-via">{claim.via.join(" → ")}</dd>
          </>
        )}
        {claim.items.length > 0 && (
          <>
            <dt>Items</dt>
            <dd>{claim.items.map(itemText).join("; ")}</dd>
          </>
        )}
        {claim.when && (
          <>
            <dt>When</dt>
            <dd>{claim.when}</dd>
          </>
        )}
        {others.length > 0 && (
          <>
            <dt>Allegation</dt>
            <dd>
              {others.map((key) => (
                <Link key={key} to={paths.allegation(key)} className="allegation-link">
                  {key}
                </Link>
              ))}
            </dd>
          </>
        )}
        <dt>Reported</dt>
        <dd>
          {claim.published ?? "undated"}
          {claim.outlet && <>, {claim.outlet}</>}
          {claim.documentLink && (
            <>
              {" — "}
              <Link to={claim.documentLink}>{claim.title ?? "untitled document"}</Link>
            </>
          )}
        </dd>
      </dl>
      <blockquote data-testid="claim-evidence">
        <HighlightedText text={claim.evidence} marks={claim.marks} />
      </blockquote>
    </article>
  );
}
