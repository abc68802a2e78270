// One JSON error shape everywhere: { "error": { "status": 400, "message": "…" } }, never a stack.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

export interface ErrorBody {
  error: { status: number; message: string };
}

/** An error meant for the client: its message is safe to show. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export function errorBody(status: number, message: string): ErrorBody {
  return { error: { status, message } };
}

/** Fastify's own errors (bad JSON, body too large, unsupported media type) carry a 4xx statusCode. */
function isClientError(err: unknown): err is FastifyError & { statusCode: number } {
  const code = (err as { statusCode?: unknown }).statusCode;
  return typeof code === "number" && code >= 400 && code < 500;
}

function messageFor(err: FastifyError & { statusCode: number }): string {
  if (err.statusCode === 413) return "request body is too large";
  if (err.statusCode === 415) return "unsupported content type: send application/json or text/plain";
  return err.message;
}

export function installErrorHandling(app: FastifyInstance, log: (err: unknown) => void): void {
  app.setErrorHandler((err: unknown, _req: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof HttpError) {
      return reply.code(err.status).headers(err.headers).send(errorBody(err.status, err.message));
    }
    if (isClientError(err)) {
      return reply.code(err.statusCode).send(errorBody(err.statusCode, messageFor(err)));
    }
    log(err);
    return reply.code(500).send(errorBody(500, "internal error; the server log has the details"));
  });
}
