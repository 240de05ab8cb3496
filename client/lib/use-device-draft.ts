import { useCallback, useState } from 'react';
import type { DeviceDraft } from './device-draft.ts';

/**
 * One editor's copy of unsaved work on this device. `restored` is what an earlier visit left,
 * read once when the editor opens; `keep` follows every change (null when nothing is unsaved, which
 * drops the copy) and stamps the time; `storageFailed` says the browser refused the last copy, so
 * the screen can warn. `store` must be the same object across renders.
 */
export function useDeviceDraft<T extends { savedAt: number }>(store: DeviceDraft<T>, networkId: number, userId: string) {
  const [restored, setRestored] = useState<T | null>(() => store.read(networkId, userId));
  const [storageFailed, setStorageFailed] = useState(false);

  const keep = useCallback(
    (draft: Omit<T, 'savedAt'> | null) => {
      if (draft === null) {
        store.clear(networkId, userId);
        setStorageFailed(false);
      } else {
        setStorageFailed(!store.write(networkId, userId, { ...draft, savedAt: Date.now() } as T));
      }
    },
    [store, networkId, userId],
  );
  const clear = useCallback(() => store.clear(networkId, userId), [store, networkId, userId]);
  /** Throws the copy away and forgets it was ever restored. */
  const discard = useCallback(() => {
    clear();
    setRestored(null);
  }, [clear]);

  return { restored, storageFailed, keep, clear, discard };
}
