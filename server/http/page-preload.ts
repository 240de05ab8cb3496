import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { batchUrl, TRPC_PATH, type BatchCall } from '../../shared/batch-url.ts';
import { STARTUP_NAMESPACES } from '../../shared/i18n/languages.ts';

/** A chunk in Vite's build manifest (vite.config.ts writes .vite/manifest.json), keyed by source path. */
type Chunk = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean };
type Manifest = Record<string, Chunk>;

/**
 * The pages people open first, with the modules client/app/routes.tsx loads for them (layout and
 * page), the catalogues those read, and the queries the first script asks for together at start
 * (`firstPageCalls` in client/app/first-page-data.ts). Without these tags a phone learns which
 * chunks a page needs only once the first script has arrived and run, and then asks for them one
 * round trip at a time; and the answers wait for the first script to arrive and start.
 * A page not listed loads as before; tests/integration/page-preload.test.ts checks that every
 * module named here is one the routes load, and is in the build, and that the answers are asked
 * for at the address of the client's first request.
 */
export const PRELOADED_PAGES: ReadonlyArray<{ path: RegExp; modules: string[]; namespaces: string[]; answers: (match: RegExpExecArray) => BatchCall[] }> = [
  {
    path: /^\/n\/([^/?#]+)\/?(?:[?#]|$)/,
    modules: ['features/networks/network-layout.tsx', 'features/networks/network-home-page.tsx'],
    namespaces: ['networks', 'indicator', 'qi'],
    // The slug as the address has it, as the client's router matches it.
    answers: (m) => [{ path: 'account.me' }, { path: 'setup.status' }, { path: 'home.bySlug', input: { slug: m[1]! } }],
  },
  { path: /^\/(?:[?#]|$)/, modules: ['features/networks/networks-page.tsx'], namespaces: ['networks'], answers: () => [{ path: 'account.me' }, { path: 'setup.status' }] },
];

let cached: { path: string; mtimeMs: number; manifest: Manifest; startup: Set<string> } | undefined;

/** The build's manifest, read again only when a rebuild has written a new one; undefined before a build that writes one. */
function manifestOf(clientDir: string) {
  const path = join(clientDir, '.vite', 'manifest.json');
  let mtimeMs: number;
  try {
    mtimeMs = statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
  if (cached?.path !== path || cached.mtimeMs !== mtimeMs) {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    // index.html already names the entry and what it imports.
    const startup = new Set<string>();
    for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) closure(manifest, key, startup);
    cached = { path, mtimeMs, manifest, startup };
  }
  return cached;
}

function closure(manifest: Manifest, key: string, into: Set<string>, skip?: Set<string>) {
  if (into.has(key) || skip?.has(key) || !manifest[key]) return;
  into.add(key);
  for (const dep of manifest[key].imports ?? []) closure(manifest, dep, into, skip);
}

/** The `<link>` tags that start loading the page at `url`'s code and catalogues in `lang`; '' for a page not listed. */
export function pagePreloads(clientDir: string, url: string, lang: string): string {
  const page = PRELOADED_PAGES.find((p) => p.path.test(url));
  const built = page && manifestOf(clientDir);
  if (!built) return '';
  // The first request's answers, asked for as the page arrives. The first script's own request for
  // the same address (client/app/first-request.ts) is handed this one by the browser. It goes
  // without the header naming the language the app shows, which only the wording of errors follows:
  // those are in the language the browser asks for.
  const answers = `<link rel="preload" as="fetch" crossorigin fetchpriority="high" href="${escapeAttribute(batchUrl(TRPC_PATH, page.answers(page.path.exec(url)!)))}">`;
  const { manifest, startup } = built;
  const keys = new Set<string>();
  // The catalogues first: the app renders nothing before the start-up ones are in. The client
  // shows the language the server picked unless the person chose another on this device; then
  // these few files are loaded in vain.
  for (const ns of [...STARTUP_NAMESPACES, ...page.namespaces]) closure(manifest, `../shared/i18n/locales/${lang}/${ns}.json`, keys, startup);
  for (const module of page.modules) closure(manifest, module, keys, startup);
  const chunks = [...keys].map((key) => manifest[key]!);
  const styles = [...new Set(chunks.flatMap((c) => c.css ?? []))].map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`);
  const scripts = chunks.map((c) => `<link rel="modulepreload" crossorigin href="/${c.file}">`);
  return [answers, ...styles, ...scripts].join('\n    ');
}

const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
