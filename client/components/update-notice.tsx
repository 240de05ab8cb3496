import { StrictMode, useState, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { onUpdateReady, reloadToUpdate, startServiceWorker, updateReady } from '../lib/offline/register.ts';
import { Button } from './ui/button.tsx';

/**
 * "A new version of Needle is ready — Reload", over the page's corner so nothing moves. Reloading
 * waits for the person: a form half filled in stays as it is until they choose.
 */
function UpdateNotice() {
  const { t } = useTranslation();
  const ready = useSyncExternalStore(onUpdateReady, updateReady);
  const [dismissed, setDismissed] = useState(false);
  if (!ready || dismissed) return null;
  return (
    <div
      role="status"
      className="fixed inset-x-4 bottom-4 z-50 flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm text-slate-900 shadow-lg sm:right-4 sm:left-auto sm:max-w-sm"
    >
      <p className="min-w-0 flex-1">{t('offline.update.ready')}</p>
      <div className="flex gap-2">
        <Button size="sm" variant="secondary" onClick={() => setDismissed(true)}>
          {t('offline.update.later')}
        </Button>
        <Button size="sm" onClick={reloadToUpdate}>
          {t('offline.update.reload')}
        </Button>
      </div>
    </div>
  );
}

/** Registers the service worker and mounts the notice in a root of its own, apart from the app. */
export function startUpdates() {
  startServiceWorker();
  const host = document.createElement('div');
  document.body.append(host);
  createRoot(host).render(
    <StrictMode>
      <UpdateNotice />
    </StrictMode>,
  );
}
