// Query and body validation at the HTTP boundary: zod schemas, and one 400 message naming the field.
import { z } from "zod";
import { HttpError } from "./errors.js";

/** Parses `input` or throws a 400 whose message names the first bad field ("limit: …"). */
export function parseOr400<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join(".") ?? "";
  const message = issue?.message ?? "invalid";
  throw new HttpError(400, `bad ${what}: ${field ? `${field}: ` : ""}${message}`);
}

export const isoDate = z.iso.date({ error: "expected a date as YYYY-MM-DD" });
export const actorCode = z
  .string()
  .regex(/^(?:[A-Z]{2}|org:[a-z0-9_-]{1,40})$/, { error: "expected a state code (RU) or org:slug" });
export const itemCategory = z.string().regex(/^[a-z_]{1,30}(?:\.[a-z_]{1,30})?$/, {
  error: "expected an item category (missile or missile.srbm)",
});

/** Query strings are text: "20" becomes 20, "abc" and "1.5" are errors that say what was wanted. */
export const wholeNumber = z.coerce
  .number({ error: "expected a whole number" })
  .int({ error: "expected a whole number" });

export function pageSchema(maxLimit: number, defaultLimit: number) {
  return {
    limit: wholeNumber.min(1).max(maxLimit).default(defaultLimit),
    offset: wholeNumber.min(0).max(10_000_000).default(0),
  };
}

/** Path ids: opaque but bounded, so a 10 kB id is a 400, not a database query. */
export const idParams = z.strictObject({
  id: z.string().min(1).max(200, { error: "id is too long" }),
});
