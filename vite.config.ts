import { resolve } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';

const api = 'http://localhost:3000';

/**
 * The chunks the entry imports statically, so always loaded before any lazy page: a lazy page's
 * preload list need not name them again, and the first script carries shorter lists.
 */
function startupChunks(): Plugin & { has: (file: string) => boolean } {
  const loaded = new Set<string>();
  return {
    name: 'needle:startup-chunks',
    has: (file) => loaded.has(file),
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
        const visit = (file: string) => {
          const chunk = bundle[file];
          if (loaded.has(file) || chunk?.type !== 'chunk') return;
          loaded.add(file);
          chunk.imports.forEach(visit);
        };
        if (entry) visit(entry.fileName);
      },
    },
  };
}

const startup = startupChunks();

/**
 * tRPC's subscription link lives in @trpc/client's main module with the client itself, and a bundler
 * keeps a module whole in one chunk: imported from the lazy subscription link's module
 * (client/lib/subscription-link.ts), the whole link would still ride in the first script. That one
 * import reads the main module again as a module of its own, which keeps only the subscription
 * link's code and shares the rest (errors, helpers, @trpc/server) with the first script.
 */
function trpcSubscriptionLinkApart(): Plugin {
  return {
    name: 'needle:trpc-subscription-link-apart',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source !== '@trpc/client' || !importer?.endsWith('/client/lib/subscription-link.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && { ...resolved, id: `${resolved.id}?subscription-link` };
    },
  };
}

// Each build is its own version: the persisted query cache of an older build is dropped rather than
// fed to code that may expect other shapes (client/lib/offline/persister.ts).
const BUILD_ID = process.env.NEEDLE_BUILD_ID ?? Date.now().toString(36);

// The installable app and its service worker (docs/offline.md). The worker precaches the shell and
// every chunk, so lazy pages open offline; data comes from the persisted query cache, never from
// the worker, which lets /trpc and /api go straight to the network.
const pwa = VitePWA({
  strategies: 'generateSW',
  // A new worker waits: it takes over on the next visit or when the person chooses Reload
  // (client/lib/offline/register.ts registers it after the first render).
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
  manifest: {
    name: 'Needle',
    short_name: 'Needle',
    description: 'A continuous-improvement workspace for community change networks.',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#0f766e',
    background_color: '#ffffff',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    // Hashed names already change with their content: no cache-busting query needed.
    dontCacheBustURLsMatching: /^assets\//,
    cleanupOutdatedCaches: true,
    navigateFallback: '/index.html',
    // App routes only: the API, sign-in, downloads and the health check always reach the server.
    // So do the public pages under /impact: partnership websites frame them, and only the server's
    // answer names the sites allowed to (server/http/embedding.ts); a kept copy would refuse them all.
    navigateFallbackDenylist: [/^\/(trpc|api|impact)(\/|$)/, /^\/healthz$/, /\.[a-z0-9]+$/i],
    // No runtime caching: answers with people's data live in the persisted query cache only.
    runtimeCaching: [],
  },
});

// Each script and style sheet also written as .br (Brotli at its best) and .gz, once, at build
// time: the server sends the smallest form a browser accepts (server/http/static.ts) instead of
// compressing every download. A phone on a slow link gets smaller files; the server spends nothing.
const precompressed = compression({ algorithms: ['brotliCompress', 'gzip'], include: /\.(js|css)$/, threshold: 1024 });

export default defineConfig({
  root: resolve(import.meta.dirname, 'client'),
  plugins: [react(), tailwindcss(), startup, trpcSubscriptionLinkApart(), pwa, precompressed],
  define: { __NEEDLE_BUILD__: JSON.stringify(BUILD_ID) },
  build: {
    // The server serves dist/client and falls back to its index.html for deep links.
    outDir: resolve(import.meta.dirname, 'dist/client'),
    emptyOutDir: true,
    // .vite/manifest.json: which chunks each page's module needs, so the server can name them in
    // the page it serves (server/http/page-preload.ts) before the first script has run.
    manifest: true,
    rolldownOptions: {
      // Everything the entry imports statically in one file: split into a dozen shared chunks (as
      // the lazy pages also use them), it cost each chunk's imports and exports and gzip's shared
      // dictionary, about 6 KB of the first script, and a request each on a phone.
      output: { codeSplitting: { groups: [{ name: 'startup', tags: ['$initial'] }] } },
      treeshake: {
        moduleSideEffects: [
          // @trpc/client's package does not say it is free of side effects (it is), so its web-socket
          // link, which Needle does not use, would ride in the first script.
          { test: /node_modules\/@trpc\/client\//, sideEffects: false },
          // shared/domain holds pure rules: a page that reads one constant need not run the rest, nor
          // load zod for the schemas some of them import (the network home did: 26 KB).
          { test: /\/shared\/domain\//, sideEffects: false },
        ],
      },
    },
    modulePreload: {
      // Every browser Needle supports preloads modules itself; the polyfill would cost the first script.
      polyfill: false,
      // index.html still preloads the start-up chunks themselves.
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : deps.filter((dep) => !startup.has(dep))),
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    // '/trpc/' with the slash: a bare '/trpc' would also swallow the module client/lib/trpc.ts.
    proxy: { '/trpc/': api, '/api/': api },
  },
});
