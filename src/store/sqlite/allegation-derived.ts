// What follows from an allegation's counters: its status and confidence. A denial in general
// terms ("rejected the accusations", item `arms`) between the same pair weighs on every item.
import { confidenceFromLogs } from "../../aggregate/confidence.js";
import { type AllegationKey, GENERAL_ITEM } from "../../aggregate/keys.js";
import { allegationStatus } from "../../aggregate/status.js";
import type { Sql } from "./sql.js";

interface DerivedInputs {
  type: string;
  supplier: string | null;
  recipient: string | null;
  item: string;
  independent_origins: number;
  denying_origins: number;
  support_log: number;
  doubt_log: number;
}

interface PairDenial {
  denying_origins: number;
  doubt_log: number;
}

export function refreshDerived(sql: Sql, id: number): void {
  const a = sql.get<DerivedInputs>(
    `SELECT type, supplier, recipient, item, independent_origins, denying_origins, support_log, doubt_log
     FROM allegations WHERE id = ?`,
    id,
  );
  if (!a) return;
  const pair = a.item === GENERAL_ITEM ? undefined : generalDenialOf(sql, a);
  const status = allegationStatus({
    assertingOrigins: a.independent_origins,
    denyingOrigins: a.denying_origins,
    pairDenied: (pair?.denying_origins ?? 0) > 0,
  });
  const confidence = confidenceFromLogs(a.support_log, a.doubt_log + (pair?.doubt_log ?? 0));
  sql.run("UPDATE allegations SET status = ?, confidence = ? WHERE id = ?", status, confidence, id);
}

function generalDenialOf(sql: Sql, a: Pick<DerivedInputs, "type" | "supplier" | "recipient">) {
  return sql.get<PairDenial>(
    `SELECT denying_origins, doubt_log FROM allegations
     WHERE supplier IS ? AND recipient IS ? AND item = ? AND type = ?`,
    a.supplier,
    a.recipient,
    GENERAL_ITEM,
    a.type,
  );
}

/** Every allegation of the same type between the same supplier and recipient. */
export function pairAllegationIds(sql: Sql, key: AllegationKey): number[] {
  return sql
    .all<{ id: number }>(
      "SELECT id FROM allegations WHERE supplier IS ? AND recipient IS ? AND type = ?",
      key.supplier,
      key.recipient,
      key.type,
    )
    .map((r) => r.id);
}
