// Storing an analysed article needs the server's token; without one the server refuses (403).
import { type FormEvent, useState } from "react";
import { api } from "../api.js";
import { paths } from "../router.js";
import { useFetch } from "../useFetch.js";
import { Link } from "./Link.js";

type Outcome = { ok: true; documentId: number; stored: boolean } | { ok: false; message: string } | null;

export function StoreForm({ text }: { text: string }) {
  const [token, setToken] = useState("");
  const [outcome, setOutcome] = useState<Outcome>(null);
  const info = useFetch("info", api.info);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    api.store(text, token).then(
      (r) => setOutcome({ ok: true, ...r }),
      (err: Error) => setOutcome({ ok: false, message: err.message }),
    );
  };
  if (info.state === "ok" && !info.data.storing) {
    return <p className="muted">Storing is off: the server was started without a token (--token).</p>;
  }
  return (
    <form className="store-form" onSubmit={submit}>
      <label>
        Token{" "}
        <input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" />
      </label>
      <button type="submit">Store this article</button>
      {outcome?.ok === true && (
        <span>
          {outcome.stored ? "Stored" : "Already stored"}:{" "}
          <Link to={paths.document(String(outcome.documentId))}>open the document</Link>
        </span>
      )}
      {outcome?.ok === false && <span className="error">{outcome.message}</span>}
    </form>
  );
}
