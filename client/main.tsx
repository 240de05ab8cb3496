import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { appClients } from './app/providers.tsx';
import { preloadPages } from './app/routes.tsx';
import './lib/i18n.ts';
import './styles.css';

// The first page's code, catalogues and answers load beside the start-up catalogues, not after them.
preloadPages(location.pathname);
appClients();

// The outer Suspense waits for the first catalogues of the reader's language.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Suspense fallback={null}>
      <App />
    </Suspense>
  </StrictMode>,
);

// The service worker that keeps Needle usable offline, and its "new version" notice: after the
// first render, so the first script carries neither (docs/offline.md). The dev server builds no worker.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void import('./components/update-notice.tsx').then((m) => m.startUpdates()), { once: true });
}
