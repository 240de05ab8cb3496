import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Saves once typing pauses, one request at a time: a save asked for while one is on its way runs
 * right after it, with the newest words. `save` resolves true to be run again straight away (its
 * words changed under it, e.g. by a merge). After a failure, coming back online tries again.
 */
export function useAutosave(save: () => Promise<boolean | void>, { delayMs, failed }: { delayMs: number; failed: boolean }) {
  // The timer and the retry button run outside render: they always call the newest save.
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);
  const again = useRef(false);

  const saveNow = useCallback(async function run(): Promise<void> {
    clearTimeout(timer.current);
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    try {
      if (await saveRef.current()) again.current = true;
    } finally {
      inFlight.current = false;
      if (again.current) {
        again.current = false;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void run(), 0);
      }
    }
  }, []);

  /** Saves after `ms` without another call (typing restarts the wait). */
  const schedule = useCallback(
    (ms = delayMs) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), ms);
    },
    [delayMs, saveNow],
  );

  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    if (!failed) return;
    const retry = () => void saveNow();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [failed, saveNow]);

  return { schedule, saveNow };
}
