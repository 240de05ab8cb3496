// First, so that the first page's answers are asked for before the rest of this script runs.
import './app/first-request.ts';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { firstPageLoading } from './lib/first-page.ts';
import { appClients } from './app/providers.tsx';
import { preloadPages } from './app/routes.tsx';
import { startupCatalogues } from './lib/i18n.ts';
import './styles.css';

// The first page's code, catalogues and answers load beside the start-up catalogues, not after them.
const firstPageCode = preloadPages(location.pathname);
firstPageLoading([firstPageCode, appClients().firstAnswers]);

// The first render waits for the start-up catalogues of the reader's language and for the first
// page's code, so it suspends on neither: React would then hold the page back for up to 300 ms
// after they came, and the answers are often in first. A stalled load holds it a second at most.
// The Suspense is for a language changed later.
const atMost = new Promise((resolve) => setTimeout(resolve, 1000));
void Promise.race([Promise.allSettled([startupCatalogues, firstPageCode]), atMost]).finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Suspense fallback={null}>
        <App />
      </Suspense>
    </StrictMode>,
  ),
);

// The service worker that keeps Needle usable offline, and its "new version" notice: after the
// first render, so the first script carries neither (docs/offline.md). Not later: a worker found
// already waiting when they start counts as a fresh visit's, and the page reloads to take it
// (client/lib/offline/register.ts). The dev server builds no worker.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void import('./components/update-notice.tsx').then((m) => m.startUpdates()), { once: true });
}
