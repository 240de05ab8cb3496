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
firstPageLoading([preloadPages(location.pathname), appClients().firstAnswers]);

// The first render waits for the start-up catalogues of the reader's language, so it does not
// suspend on them (React would then hold the page back for up to 300 ms after they came); the
// Suspense is for a language changed later.
void startupCatalogues.finally(() =>
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
