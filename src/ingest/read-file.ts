// Reading one file or standard input with a size limit, turning every filesystem failure into an
// InputError with a one-line reason.
import { open, stat } from "node:fs/promises";
import { DEFAULT_MAX_BYTES, decodeText, overLimitReason, tooLargeReason } from "./decode.js";
import { InputError } from "./errors.js";

export interface ReadOptions {
  /** Refuse inputs larger than this (default 20 MB). */
  maxBytes?: number;
}

/** The decoded text of a file ("-" reads standard input). */
export async function readInputText(path: string, opts: ReadOptions = {}): Promise<string> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = path === "-" ? await readStdin(maxBytes) : await readFileBytes(path, maxBytes);
  return decodeText(bytes, path);
}

async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory())
      throw new InputError(path, "is a directory, not a file (use `armstrace ingest` for folders)");
    if (!info.isFile()) throw new InputError(path, "is not a regular file");
    if (info.size > maxBytes) throw new InputError(path, tooLargeReason("file", info.size, maxBytes));
    const handle = await open(path, "r");
    try {
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw asInputError(path, err);
  }
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buffer.length;
    if (total > maxBytes) throw new InputError("-", overLimitReason("input", maxBytes));
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

const REASON_OF_CODE: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory, not a file",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "file name too long",
};

export function asInputError(path: string, err: unknown): InputError {
  if (err instanceof InputError) return err;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const reason =
    (code && REASON_OF_CODE[code]) ??
    `cannot read (${code ?? (err instanceof Error ? err.message : String(err))})`;
  return new InputError(path, reason);
}
