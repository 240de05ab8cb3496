import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import { outboxEntrySchema, type OutboxEntry } from '../../../shared/domain/outbox.ts';

// IndexedDB, not localStorage: it survives a closed tab and a phone restart like localStorage,
// but is shared with a service worker and is not limited to a few megabytes for a long queue.
// A database of its own, so the persisted query cache next to it can be cleared on its own.
let store: UseStore | null = null;
const db = () => (store ??= createStore('needle-outbox', 'entries'));

const listeners = new Set<() => void>();
// Other tabs hear of every change, so each tab's list and header count stay true.
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('needle-outbox') : null;
channel?.addEventListener('message', () => listeners.forEach((l) => l()));

function changed() {
  listeners.forEach((l) => l());
  channel?.postMessage('changed');
}

/** Called on every change to the outbox, in this tab or another. */
export function onOutboxChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Every entry on this device that still reads as one; a damaged record is left where it is. */
export async function allEntries(): Promise<OutboxEntry[]> {
  const raw = await values(db());
  return raw.flatMap((r) => {
    const parsed = outboxEntrySchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function readEntry(id: string): Promise<OutboxEntry | null> {
  const parsed = outboxEntrySchema.safeParse(await get(id, db()));
  return parsed.success ? parsed.data : null;
}

export async function putEntry(entry: OutboxEntry): Promise<void> {
  await set(entry.id, entry, db());
  changed();
}

export async function removeEntry(id: string): Promise<void> {
  await del(id, db());
  changed();
}
