import { resolve } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://localhost:3000';

export default defineConfig({
  root: resolve(import.meta.dirname, 'client'),
  plugins: [react(), tailwindcss()],
  build: {
    // The server serves dist/client and falls back to its index.html for deep links.
    outDir: resolve(import.meta.dirname, 'dist/client'),
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    strictPort: true,
    // '/trpc/' with the slash: a bare '/trpc' would also swallow the module client/lib/trpc.ts.
    proxy: { '/trpc/': api, '/api/': api },
  },
});
