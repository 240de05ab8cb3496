import { useQueryClient, type Query } from '@tanstack/react-query';
import { WifiOff } from 'lucide-react';
import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { asOfStyle, oldestShown, type ShownAnswer } from '../lib/offline/as-of.ts';
import { useNow } from '../lib/use-now.ts';
import { useFormats } from '../lib/use-words.ts';
import { OFFLINE_LINE } from './offline-marker.tsx';

const neverStale = (staleTime: unknown) => staleTime === Infinity || staleTime === 'static';

function shown(query: Query): ShownAnswer {
  return {
    updatedAt: query.state.dataUpdatedAt,
    active: query.isActive(),
    neverStale: query.observers.length > 0 && query.observers.every((o) => neverStale(o.options.staleTime)),
  };
}

/** The line itself: the time of the oldest answer on screen (see as-of.ts for why the oldest). */
export function OfflineAsOf() {
  const { t } = useTranslation();
  const f = useFormats();
  const now = useNow();
  const cache = useQueryClient().getQueryCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  const asOf = useSyncExternalStore(subscribe, () => oldestShown(cache.getAll().map(shown)));
  const text =
    asOf === null
      ? t('offline.marker.noTime')
      : asOfStyle(asOf, now) === 'time'
        ? t('offline.marker.asOfTime', { time: f.time(asOf) })
        : t('offline.marker.asOfDateTime', { dateTime: f.dateTime(asOf) });
  return (
    <p role="status" className={OFFLINE_LINE}>
      <WifiOff aria-hidden="true" className="size-4 shrink-0" />
      <span>{text}</span>
    </p>
  );
}
