// Posted articles: extract without storing (open to all), or store (needs the token).
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { SourceDocument } from "../../core/model.js";
import { type Format, InputError, parseInput } from "../../ingest/index.js";
import type { ServerDeps } from "../deps.js";
import { HttpError } from "../errors.js";
import { parseOr400 } from "../query.js";
import { defineRoute, type RouteSpec } from "../route-spec.js";

const FORMATS = ["text", "html", "json", "jsonl", "feed"] as const;

const jsonBody = z.strictObject({
  content: z.string().min(1, { error: "the article is empty" }),
  format: z.enum(FORMATS).optional(),
});

export const ARTICLE_BODY =
  "The article as text/plain (format sniffed: plain text, text with a header block, HTML, JSON), " +
  'text/html, or application/json `{ "content": "…", "format": "text|html|json|jsonl|feed" }`. One article per request.';

/** The body as content plus a format hint; a posted HTML page is read as HTML, not sniffed. */
function contentOf(req: FastifyRequest): { content: string; format?: Format } {
  if (typeof req.body === "string") {
    if (!req.body.trim()) throw new HttpError(400, "the article is empty");
    const html = (req.headers["content-type"] ?? "").startsWith("text/html");
    return { content: req.body, format: html ? "html" : undefined };
  }
  return parseOr400(jsonBody, req.body, "body");
}

/** Exactly one article per request, parsed by the ingest stage; parse problems are a 400. */
export function postedArticle(req: FastifyRequest): SourceDocument {
  const { content, format } = contentOf(req);
  let docs: SourceDocument[];
  try {
    docs = parseInput(content, "request body", format);
  } catch (err) {
    if (err instanceof InputError) throw new HttpError(400, err.message);
    throw err;
  }
  if (docs.length !== 1) throw new HttpError(400, `expected one article, found ${docs.length}`);
  return docs[0]!;
}

export function articleRoutes(deps: ServerDeps): RouteSpec[] {
  return [
    defineRoute({
      method: "POST",
      path: "/extract",
      summary: "Extract entities and claims from a posted article without storing it",
      body: ARTICLE_BODY,
      returns: "Extraction (the extraction contract; spans are offsets into the posted content)",
      errors: { 413: "the body is larger than the limit" },
      handle: async ({ req }) => deps.extract(postedArticle(req)),
    }),
    defineRoute({
      method: "POST",
      path: "/documents",
      summary: "Extract and store a posted article (needs the server's token)",
      body: ARTICLE_BODY,
      returns: "SaveResult ({ stored, documentId }; stored is false when the same text was stored before)",
      needsToken: true,
      errors: {
        401: "missing or wrong token (Authorization: Bearer TOKEN)",
        403: "storing is off: the server was started without a token",
        413: "the body is larger than the limit",
      },
      handle: async ({ req }) => deps.save(postedArticle(req)),
    }),
  ];
}
