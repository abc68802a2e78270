// Bytes → text, refusing what is not text: NUL bytes (binary files) and invalid UTF-8.
import { InputError } from "./errors.js";

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Decodes a file's bytes; a UTF-8 BOM is dropped, UTF-16 with a BOM is accepted. The charset is
 * the one given (an HTTP header), else the one the document declares, else UTF-8.
 */
export function decodeText(bytes: Uint8Array, origin: string, charset?: string): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return decodeStrict(bytes, utf16, origin);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(origin, `binary data (NUL byte at offset ${nul}), not a text article`);
  return decodeStrict(bytes, charset ?? declaredCharset(bytes) ?? "utf-8", origin);
}

/** `<meta charset="windows-1252">`, `<meta … content="text/html; charset=…">`, `<?xml … encoding="…"?>`. */
const DECLARED_CHARSET =
  /<meta[^>]{0,200}?charset\s*=\s*["']?([\w-]{1,40})|<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w-]{1,40})/i;

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  const match = DECLARED_CHARSET.exec(head);
  return (match?.[1] ?? match?.[2])?.toLowerCase() ?? null;
}

function utf16Encoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

function decodeStrict(bytes: Uint8Array, encoding: string, origin: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    decoder = new TextDecoder("utf-8", { fatal: true }); // An unknown charset label: assume UTF-8.
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(
      origin,
      `not valid ${decoder.encoding.toUpperCase()} text (binary or another encoding?)`,
    );
  }
}

/** "file too large (50.0 MB, limit 20 MB)". */
export function tooLargeReason(what: string, bytes: number, maxBytes: number): string {
  return `${what} too large (${formatSize(bytes)}, limit ${formatLimit(maxBytes)})`;
}

/** For streams whose full size is never known: "input too large (over the 20 MB limit)". */
export function overLimitReason(what: string, maxBytes: number): string {
  return `${what} too large (over the ${formatLimit(maxBytes)} limit)`;
}

const MEGABYTE = 1024 * 1024;

/** "50.0 MB"; small sizes in bytes ("2000 bytes"), where "0.0 MB" would say nothing. */
function formatSize(bytes: number): string {
  return bytes >= MEGABYTE / 10 ? `${(bytes / MEGABYTE).toFixed(1)} MB` : `${bytes} bytes`;
}

/** "20 MB" for a whole number of megabytes, else as formatSize. */
function formatLimit(bytes: number): string {
  return bytes % MEGABYTE === 0 ? `${bytes / MEGABYTE} MB` : formatSize(bytes);
}
