// A site that may show Needle's public pages in a frame is named by its origin: scheme, host and
// port, as browsers compare it in CSP frame-ancestors. Anything else (a path, a wildcard, spaces,
// quotes) could widen the policy or break the header, so it is refused rather than passed on.

const ORIGIN = /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/;

/** The origin in its canonical form (lower case, no trailing slash), or null when it is not one. */
export function embedOrigin(text: string): string | null {
  const candidate = text.trim().replace(/\/+$/, '').toLowerCase();
  if (!ORIGIN.test(candidate)) return null;
  const port = /:(\d+)$/.exec(candidate)?.[1];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return null;
  return candidate;
}

/** The origins a frame-ancestors directive lists, once each, leaving out what is not an origin. */
export function embedOrigins(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat().flatMap((o) => (typeof o === 'string' ? (embedOrigin(o) ?? []) : [])))];
}
