// Politeness: at most one request per interval to each host. Each caller reserves the next free
// slot for its host, so concurrent callers queue up instead of bursting; a finished request pushes
// the slot to a full interval after its end, so a slow server never sees two requests close together.
import { setTimeout as sleep } from "node:timers/promises";

export class HostScheduler {
  private readonly nextSlot = new Map<string, number>();

  constructor(private readonly intervalMs: number) {}

  /** Resolves when a request to `url`'s host may start. */
  async waitTurn(url: URL, signal?: AbortSignal): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot.get(url.host) ?? 0);
    this.nextSlot.set(url.host, slot + this.intervalMs);
    if (slot > now) await sleep(slot - now, undefined, { signal });
  }

  /** Called when a request to `url`'s host is over, whatever its outcome. */
  finished(url: URL): void {
    const earliest = Date.now() + this.intervalMs;
    this.nextSlot.set(url.host, Math.max(this.nextSlot.get(url.host) ?? 0, earliest));
  }
}
