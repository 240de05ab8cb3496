import { resolve } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  root: resolve(import.meta.dirname, 'client'),
  plugins: [react(), tailwindcss(), startup],
  build: {
    // The server serves dist/client and falls back to its index.html for deep links.
    outDir: resolve(import.meta.dirname, 'dist/client'),
    emptyOutDir: true,
    rolldownOptions: {
      // @trpc/client's package does not say it is free of side effects (it is), so its web-socket
      // link, which Needle does not use, would ride in the first script.
      treeshake: { moduleSideEffects: [{ test: /node_modules\/@trpc\/client\//, sideEffects: false }] },
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
