import { onlineManager } from '@tanstack/react-query';
import { lazy, Suspense, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './ui/alert.tsx';

// Its time formats load only when the connection drops (the service worker keeps them). Where no
// worker kept them (a browser without one), the line says "You're offline" without the time.
const OfflineAsOf = lazy(() =>
  import('./offline-as-of.tsx').then(
    (m) => ({ default: m.OfflineAsOf }),
    () => ({ default: OfflineNoTime }),
  ),
);

function OfflineNoTime() {
  const { t } = useTranslation();
  return (
    <p role="status" className={OFFLINE_LINE}>
      {t('offline.marker.noTime')}
    </p>
  );
}

/** The line's look, shared with offline-as-of.tsx. */
export const OFFLINE_LINE = 'mb-4 flex items-center gap-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950';

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();

/** "Offline — as of 2:05 PM" while the browser has no connection; nothing at all while it has one. */
export function OfflineMarker() {
  const online = useSyncExternalStore(subscribe, isOnline);
  if (online) return null;
  return (
    <Suspense fallback={null}>
      <OfflineAsOf />
    </Suspense>
  );
}

/** In place of a page that needs a connection and was never kept on this device. */
export function NothingKeptOffline() {
  const { t } = useTranslation();
  return (
    <Alert tone="warning" title={t('offline.notKept.title')}>
      <p>{t('offline.notKept.body')}</p>
    </Alert>
  );
}
