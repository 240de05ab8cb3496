import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${PORT}`;
const dataDir = join(tmpdir(), `needle-e2e-${PORT}`);
// The every-page spec reads the demo partnership on a server of its own, beside the others.
const PAGES_PORT = PORT + 1;
const pagesURL = `http://localhost:${PAGES_PORT}`;
// The feature server sends its email to a local mail catcher (scripts/mail-catcher.ts), whose
// messages the specs read as JSON at http://127.0.0.1:<E2E_PORT + 3>/messages.
const MAIL_SMTP_PORT = PORT + 2;
const MAIL_HTTP_PORT = PORT + 3;
const MAIL_CATCHER_URL = `http://127.0.0.1:${MAIL_HTTP_PORT}`;
// The report card spec serves a page that frames /impact from this origin, which the feature
// server allows (and the same page from E2E_PORT + 6, which it does not).
const EMBEDDING_ORIGIN = `http://127.0.0.1:${PORT + 5}`;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// The every-page check's browser and demo server run at a lower CPU priority: the feature stories
// are the suite's long path, and the check, shorter, fits in the time they leave idle.
const BACKGROUND_CHROMIUM = join(import.meta.dirname, 'tests/e2e/background-chromium.sh');

// Workers load this file too: only the runner's own process starts from a fresh database.
if (process.env.TEST_WORKER_INDEX === undefined) {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
}

export default defineConfig({
  testDir: 'tests/e2e',
  // The feature files share one server and database (each makes its own network and people), two
  // files at a time; the every-page spec only reads, on its own server, and runs beside them in the
  // background (see BACKGROUND_CHROMIUM): on two cores the stories are the long path.
  workers: 3,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  // needle.spec.ts tells the story from a fresh install and creates the first administrator; the
  // other files sign in as that administrator (each making its own network), so they run after it.
  projects: [
    { name: 'first-run', testMatch: 'needle.spec.ts', workers: 1 },
    // The every-page check needs nothing from the first run (it reads the demo on its own server),
    // but Playwright runs projects in phases: depending on first-run puts it in the features'
    // phase, so the two run side by side instead of one after the other.
    {
      name: 'every-page',
      testMatch: 'whole-app.spec.ts',
      dependencies: ['first-run'],
      workers: 1,
      use: { baseURL: pagesURL, launchOptions: { executablePath: BACKGROUND_CHROMIUM, args: CHROMIUM_ARGS } },
    },
    { name: 'features', testIgnore: ['needle.spec.ts', 'whole-app.spec.ts'], dependencies: ['first-run'], workers: 2 },
  ],
  use: {
    baseURL,
    // Each fresh context would install the offline app's worker and fetch every chunk it keeps:
    // only the offline story (offline.spec.ts) lets it.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      // First, so the feature server finds its mail server up.
      command: `"${process.execPath}" scripts/mail-catcher.ts`,
      url: `${MAIL_CATCHER_URL}/healthz`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: { MAIL_CATCHER_SMTP_PORT: String(MAIL_SMTP_PORT), MAIL_CATCHER_HTTP_PORT: String(MAIL_HTTP_PORT) },
    },
    {
      command: `"${process.execPath}" server/index.ts`,
      url: `${baseURL}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(PORT),
        NEEDLE_DB_PATH: join(dataDir, 'needle.db'),
        NEEDLE_BASE_URL: baseURL,
        NEEDLE_LOG_LEVEL: 'warn',
        NEEDLE_SMTP_URL: `smtp://127.0.0.1:${MAIL_SMTP_PORT}`,
        NEEDLE_MAIL_FROM: 'Needle <needle@example.org>',
        NEEDLE_MAIL_POLL_MS: '1000',
        NEEDLE_EMBED_ORIGINS: EMBEDDING_ORIGIN,
        TZ: 'UTC',
      },
    },
    {
      // The demo partnership, loaded into a database of its own before the server starts.
      command: `"${process.execPath}" server/db/demo/load.ts && exec nice -n 10 "${process.execPath}" server/index.ts`,
      url: `${pagesURL}/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(PAGES_PORT),
        NEEDLE_DB_PATH: join(dataDir, 'demo.db'),
        NEEDLE_BASE_URL: pagesURL,
        NEEDLE_LOG_LEVEL: 'warn',
        TZ: 'UTC',
      },
    },
  ],
});
