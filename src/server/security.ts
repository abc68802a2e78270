// Headers that keep untrusted article text inert in the browser, and the token rule for writes.
import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { HttpError } from "./errors.js";

/** No inline scripts, no plugins, no framing: a script tag smuggled into an article cannot run. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS: Record<string, string> = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
};

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onSend", async (_req, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    return payload;
  });
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * On loopback, a page on another site can reach us through a rebound DNS name
 * ("evil.example" resolving to 127.0.0.1); refusing unknown Host headers stops that.
 */
export function installHostCheck(app: FastifyInstance, boundHost: string): void {
  if (!isLoopback(boundHost)) return;
  app.addHook("onRequest", async (req) => {
    const host = hostWithoutPort(req.headers.host ?? "");
    if (!isLoopback(host)) throw new HttpError(403, `unexpected Host header "${host}"`);
  });
}

export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || host === "::1" || host.startsWith("127.");
}

function hostWithoutPort(host: string): string {
  const h = host.toLowerCase();
  if (h.startsWith("[")) return h.slice(0, h.indexOf("]") + 1);
  const colon = h.lastIndexOf(":");
  return colon === -1 ? h : h.slice(0, colon);
}

/**
 * Writes need the configured token as "Authorization: Bearer TOKEN". With no token configured,
 * writes are off (403); a missing or wrong token is 401.
 */
export function requireToken(req: FastifyRequest, token: string | null): void {
  if (token === null) {
    throw new HttpError(
      403,
      "storing documents is disabled; start the server with --token or ARMSTRACE_TOKEN",
    );
  }
  const given = bearerToken(req.headers.authorization);
  if (given === null || !sameSecret(given, token)) {
    throw new HttpError(401, "a valid token is required: send Authorization: Bearer TOKEN", {
      "www-authenticate": 'Bearer realm="armstrace"',
    });
  }
}

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([^\s]+)$/i.exec(header ?? "");
  return match?.[1] ?? null;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
