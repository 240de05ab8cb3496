import { useEffect, useState } from 'react';
import { inOrder, type OutboxEntry } from '../../../shared/domain/outbox.ts';
import { allEntries, onOutboxChange } from './outbox-store.ts';

/** This person's entries on this device, oldest first, kept current across tabs. */
export function useOutbox(userId: string | undefined): OutboxEntry[] {
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  useEffect(() => {
    if (!userId) return;
    let live = true;
    const load = () =>
      void allEntries().then(
        (all) => live && setEntries(inOrder(all.filter((e) => e.userId === userId))),
        () => {}, // IndexedDB refused: nothing could have been queued either
      );
    load();
    const off = onOutboxChange(load);
    return () => {
      live = false;
      off();
    };
  }, [userId]);
  return userId ? entries : [];
}
