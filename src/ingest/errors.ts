/** A problem with one input, reported with what it was and why it failed. */
export class InputError extends Error {
  constructor(
    readonly origin: string,
    readonly reason: string,
  ) {
    super(`${origin}: ${reason}`);
    this.name = "InputError";
  }
}

/** Runs a parser, turning any unexpected failure into a one-line InputError instead of a trace. */
export function withParseErrors<T>(origin: string, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(origin, `could not parse (${oneLine(err)})`);
  }
}

/** The first line of an error's message, cut short: reasons are printed on one line. */
export function oneLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split("\n")[0]!.slice(0, 160);
}
