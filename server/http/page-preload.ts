import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { STARTUP_NAMESPACES } from '../../shared/i18n/languages.ts';

/** A chunk in Vite's build manifest (vite.config.ts writes .vite/manifest.json), keyed by source path. */
type Chunk = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean };
type Manifest = Record<string, Chunk>;

/**
 * The pages people open first, with the modules client/app/routes.tsx loads for them (layout and
 * page) and the catalogues those read. Without these tags a phone learns which chunks a page needs
 * only once the first script has arrived and run, and then asks for them one round trip at a time.
 * A page not listed loads as before; tests/integration/page-preload.test.ts checks that every
 * module named here is one the routes load, and is in the build.
 */
export const PRELOADED_PAGES: ReadonlyArray<{ path: RegExp; modules: string[]; namespaces: string[] }> = [
  { path: /^\/n\/[^/?#]+\/?(?:[?#]|$)/, modules: ['features/networks/network-layout.tsx', 'features/networks/network-home-page.tsx'], namespaces: ['networks', 'indicator', 'qi'] },
  { path: /^\/(?:[?#]|$)/, modules: ['features/networks/networks-page.tsx'], namespaces: ['networks'] },
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
  return [...styles, ...scripts].join('\n    ');
}
