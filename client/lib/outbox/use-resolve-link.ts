import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import type { OutboxEntry, OutboxProcedure } from '../../../shared/domain/outbox.ts';
import { readEntry } from './outbox-store.ts';

/**
 * ?resolve=<entry id>, the outbox list's Resolve: a write kept on this device met someone else's
 * change when it was sent, and comes back to the screen it was made on, for the choice an online
 * save offers. The link is read once and taken off the address; `resume` gets the entry when it is
 * one of `procedure` that `fits` this screen's record, `missing` runs when it is not (sent,
 * discarded, or another record's).
 */
export function useResolveLink(procedure: OutboxProcedure, fits: (entry: OutboxEntry) => boolean, resume: (entry: OutboxEntry) => void, missing: () => void) {
  const [params, setParams] = useSearchParams();
  const id = params.get('resolve');
  useEffect(() => {
    if (!id) return;
    let live = true;
    void readEntry(id).then((entry) => {
      if (!live) return;
      setParams((p) => (p.delete('resolve'), p), { replace: true });
      if (entry && entry.procedure === procedure && fits(entry)) resume(entry);
      else missing();
    });
    return () => {
      live = false;
    };
    // Once per link followed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
}
