// Links from untrusted article metadata.

/** Article URLs are untrusted: only http(s) become links ("javascript:alert(1)" stays text). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
