import { onlineManager } from '@tanstack/react-query';
import { lazy, Suspense, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './ui/alert.tsx';

// Its words and time formats load only when the connection drops (the service worker keeps them).
const OfflineAsOf = lazy(() => import('./offline-as-of.tsx').then((m) => ({ default: m.OfflineAsOf })));

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
