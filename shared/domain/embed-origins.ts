// Web origins that may show Needle's public pages in a frame (CSP frame-ancestors). An origin is
// a scheme, a host and maybe a port, nothing more: a path or a query would never match a
// frame-ancestors source the way the admin means it, so they are refused rather than dropped.

export const MAX_EMBED_ORIGINS = 20;
/** Longer than any real origin; keeps a pasted page of text from reaching the URL parser. */
export const MAX_ORIGIN_LENGTH = 300;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;

/**
 * The origin as browsers write it ('https://Example.org:443/' → 'https://example.org'), or null
 * when the text is not a bare origin: https for any host, plain http only for this machine (a
 * site being built), no user, path, query or fragment. One trailing slash is forgiven.
 */
export function normalizeOrigin(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_ORIGIN_LENGTH || /[\s*]/.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) return null;
  // The whole address must be the origin and its one slash: this refuses a user, a path, a query
  // or a fragment, even an empty '?' or '#' (written on purpose, so not an origin).
  if (!url.hostname || url.href !== `${url.origin}/`) return null;
  // The origin goes into a Content-Security-Policy header, where ';', ',' or a quote would end or
  // change the directive: only the letters of a real host name (IDN already in punycode) pass.
  if (!HOST.test(url.hostname)) return null;
  return url.origin;
}

export type EmbedOriginsCheck =
  | { ok: true; origins: string[] }
  | { ok: false; problem: 'notAnOrigin'; text: string }
  | { ok: false; problem: 'tooMany'; count: number };

/** Lines as the admin wrote them → the distinct origins, in their order; blank lines are skipped. */
export function checkEmbedOrigins(lines: readonly string[]): EmbedOriginsCheck {
  const origins: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const origin = normalizeOrigin(line);
    if (!origin) return { ok: false, problem: 'notAnOrigin', text: line.trim().slice(0, 80) };
    if (!origins.includes(origin)) origins.push(origin);
  }
  if (origins.length > MAX_EMBED_ORIGINS) return { ok: false, problem: 'tooMany', count: origins.length };
  return { ok: true, origins };
}

/** The origins a frame-ancestors directive lists (from the environment and the admin's list), once each, leaving out what is not an origin. */
export function embedOrigins(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat().flatMap((o) => (typeof o === 'string' ? (normalizeOrigin(o) ?? []) : [])))];
}
