// `npm run dev`: the API server on :3000 and Vite on :5173 (which proxies /trpc/ and /api/ to it).
import { spawn } from 'node:child_process';
import { createServer } from 'vite';

const api = spawn(process.execPath, ['server/index.ts'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: '3000',
    // The browser's Origin is Vite's; the API refuses mutations from origins it does not trust.
    NEEDLE_TRUSTED_ORIGINS: [process.env.NEEDLE_TRUSTED_ORIGINS, 'http://localhost:5173'].filter(Boolean).join(','),
  },
});
const vite = await createServer({ configFile: 'vite.config.ts' });
await vite.listen();
vite.printUrls();

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  api.kill('SIGTERM');
  await vite.close();
  process.exit(code);
}
api.on('exit', (code) => void stop(code ?? 1));
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
