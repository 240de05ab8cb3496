import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { afterFirstPageLoad, firstPageLoading } from './app/first-page.ts';
import { appClients } from './app/providers.tsx';
import { preloadPages } from './app/routes.tsx';
import './lib/i18n.ts';
import './styles.css';

// The first page's code, catalogues and answers load beside the start-up catalogues, not after them.
firstPageLoading([preloadPages(location.pathname), appClients().firstAnswers]);

// The outer Suspense waits for the first catalogues of the reader's language.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Suspense fallback={null}>
      <App />
    </Suspense>
  </StrictMode>,
);

// The service worker that keeps Needle usable offline, and its "new version" notice: after the
// first page, so the first script carries neither and the worker's copying of the app does not
// compete with the page (docs/offline.md). The dev server builds no worker.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void afterFirstPageLoad(() => import('./components/update-notice.tsx')).then((m) => m.startUpdates()), { once: true });
}
