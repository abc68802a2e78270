// Fetching feeds and article pages: a timeout, a size limit, an honest User-Agent, redirects
// followed, and at most one request per second to each host. Failures are InputErrors.
import { DEFAULT_MAX_BYTES, decodeText, overLimitReason, tooLargeReason } from "./decode.js";
import { InputError, oneLine } from "./errors.js";
import { HostScheduler } from "./host-scheduler.js";

export interface FetchOptions {
  /** Per request, after waiting for the host's turn (default 15 s). */
  timeoutMs?: number;
  /** Largest response body accepted (default 20 MB). */
  maxBytes?: number;
  /** Minimum time between two requests to one host (default 1 s). */
  minIntervalMs?: number;
  userAgent?: string;
}

export const USER_AGENT = "armstrace/0.1 (+https://github.com/armstrace/armstrace)";

export interface FetchedPage {
  /** The URL after redirects. */
  url: string;
  contentType: string;
  text: string;
}

export class Fetcher {
  private readonly scheduler: HostScheduler;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly userAgent: string;

  constructor(opts: FetchOptions = {}) {
    this.scheduler = new HostScheduler(opts.minIntervalMs ?? 1000);
    this.timeoutMs = opts.timeoutMs ?? 15_000;
    this.maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    this.userAgent = opts.userAgent ?? USER_AGENT;
  }

  async fetchText(address: string, signal?: AbortSignal): Promise<FetchedPage> {
    const url = parseHttpUrl(address);
    await this.scheduler.waitTurn(url, signal).catch(() => {
      throw new InputError(address, "cancelled");
    });
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      const response = await fetch(url, {
        headers: {
          "user-agent": this.userAgent,
          accept:
            "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/*;q=0.8, */*;q=0.5",
        },
        redirect: "follow",
        signal: combined,
      });
      if (!response.ok) {
        await response.body?.cancel();
        throw new InputError(address, `HTTP ${response.status} ${response.statusText}`.trim());
      }
      const bytes = await readBody(response, this.maxBytes, address);
      const contentType = response.headers.get("content-type") ?? "";
      return {
        url: response.url || address,
        contentType,
        text: decodeText(bytes, address, charsetOf(contentType)),
      };
    } catch (err) {
      throw this.describeFailure(address, err, timeout);
    } finally {
      this.scheduler.finished(url);
    }
  }

  private describeFailure(address: string, err: unknown, timeout: AbortSignal): InputError {
    if (err instanceof InputError) return err;
    if (timeout.aborted) return new InputError(address, `timed out after ${this.timeoutMs / 1000} s`);
    if (err instanceof Error && err.name === "AbortError") return new InputError(address, "cancelled");
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    return new InputError(address, `cannot fetch (${cause?.code ?? cause?.message ?? oneLine(err)})`);
  }
}

function parseHttpUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new InputError(address, "not a valid URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new InputError(address, "only http(s) URLs are fetched");
  return url;
}

/** Reads the body, stopping as soon as it passes the limit rather than buffering it all. */
async function readBody(response: Response, maxBytes: number, address: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new InputError(address, tooLargeReason("response", declared, maxBytes));
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    total += part.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new InputError(address, overLimitReason("response", maxBytes));
    }
    chunks.push(part.value);
  }
  return Buffer.concat(chunks);
}

/** "text/html; charset=ISO-8859-1" → "iso-8859-1"; undefined leaves it to the document. */
function charsetOf(contentType: string): string | undefined {
  return /charset\s*=\s*"?([\w-]{1,40})/i.exec(contentType)?.[1]?.toLowerCase();
}
