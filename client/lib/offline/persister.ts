import type { PersistedClient, Persister } from '@tanstack/react-query-persist-client';
import type { DehydratedState } from '@tanstack/react-query';
import { clear, createStore, get, keys, set, type UseStore } from 'idb-keyval';

// The last answers a person saw, kept on the device (IndexedDB) so Needle opens without a
// connection (docs/offline.md). One person's at a time: the entry is keyed by who was signed in,
// replaced when someone else signs in and removed on sign-out or when nobody is signed in.
// (@tanstack/query-async-storage-persister would do the throttling, but not the keying or the
// carrying over of earlier visits.)

/** The few storage calls the persister needs; IndexedDB in the browser, a Map in tests. */
export type KeyValueStore = {
  keys(): Promise<IDBValidKey[]>;
  get(key: string): Promise<PersistedClient | undefined>;
  set(key: string, value: PersistedClient): Promise<void>;
  clear(): Promise<void>;
};

let idbStore: UseStore | undefined;
/** Needle's own database and store, apart from anything else on the origin (the outbox has its own). */
export function indexedDbStore(): KeyValueStore {
  idbStore ??= createStore('needle-offline', 'query-cache');
  const store = idbStore;
  return {
    keys: () => keys(store),
    get: (key) => get<PersistedClient>(key, store),
    set: (key, value) => set(key, value, store),
    clear: () => clear(store),
  };
}

const RESTORE_LIMIT_MS = 3000;
const ME_KEY = JSON.stringify(['account', 'me']);

/** Who the cached answers belong to: the person `account.me` names, or null when nobody is signed in. */
export function ownerOf(state: DehydratedState): string | null {
  const me = state.queries.find((q) => Array.isArray(q.queryKey) && JSON.stringify(q.queryKey[0]) === ME_KEY);
  const data = me?.state.data as { id?: unknown } | null | undefined;
  return typeof data?.id === 'string' ? data.id : null;
}

export type DevicePersister = Persister & {
  /** What the device keeps, whether or not the browser says it is online (for a connection that fails). */
  readKept(): Promise<PersistedClient | undefined>;
  /** Writes a save still waiting now (the page is going away). */
  flush(): void;
  /** Drops what is kept and any save still waiting: for sign-out. */
  forget(): Promise<void>;
};

export type DevicePersisterOptions = {
  /** Writes at most once per this many milliseconds: a page's load changes the cache many times. */
  throttleMs?: number;
  /** Answers older than this are not carried over from earlier visits. */
  maxAgeMs?: number;
  /** Whether the browser has a connection; answers are restored only without one. */
  isOnline?: () => boolean;
};

/**
 * Online, Needle works as it always has: from the server, with nothing restored (a kept answer
 * could be older than one the server just changed, and forms would open on it). Offline at start,
 * the kept answers come back (and when the connection turns out not to work: connectivity.ts). Each save adds this visit's answers to those kept from earlier
 * visits, newest first, so a plan opened yesterday still opens offline after today's visit to the
 * home. Writes go one at a time, in order.
 */
export function devicePersister(storage: KeyValueStore, options: DevicePersisterOptions = {}): DevicePersister {
  const { throttleMs = 1000, maxAgeMs = Infinity, isOnline = () => navigator.onLine } = options;
  let pending: PersistedClient | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chain: Promise<void> = Promise.resolve();

  const write = async (client: PersistedClient) => {
    const owner = ownerOf(client.clientState);
    const kept = await storage.keys();
    if (kept.some((k) => k !== owner)) await storage.clear();
    if (!owner) return;
    const earlier = kept.includes(owner) ? await storage.get(owner) : undefined;
    await storage.set(owner, earlier ? withEarlier(client, earlier, maxAgeMs) : client);
  };
  const queue = (task: () => Promise<void>) => {
    // A failed write (storage full, blocked in private mode) costs only the offline copy.
    chain = chain.then(task).catch(() => {});
    return chain;
  };
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const client = pending;
    pending = null;
    if (client) void queue(() => write(client));
  };

  const readKept = () => {
    const read = async () => {
      await chain;
      const kept = await storage.keys();
      if (kept.length !== 1) {
        if (kept.length > 1) await storage.clear();
        return undefined;
      }
      return storage.get(String(kept[0]));
    };
    // Every query waits for the restore: a storage that never answers must not hold the app.
    return Promise.race([read(), new Promise<undefined>((resolve) => setTimeout(resolve, RESTORE_LIMIT_MS))]);
  };

  return {
    persistClient(client) {
      pending = client;
      timer ??= setTimeout(flush, throttleMs);
    },
    async restoreClient() {
      return isOnline() ? undefined : readKept();
    },
    readKept,
    removeClient: () => queue(() => storage.clear()),
    flush,
    forget() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
      return queue(() => storage.clear());
    },
  };
}

/** This visit's answers, then those kept from earlier visits of the same build that this one lacks. */
export function withEarlier(client: PersistedClient, earlier: PersistedClient, maxAgeMs: number): PersistedClient {
  if (earlier.buster !== client.buster) return client;
  const now = new Set(client.clientState.queries.map((q) => q.queryHash));
  const carried = earlier.clientState.queries.filter((q) => !now.has(q.queryHash) && client.timestamp - q.state.dataUpdatedAt <= maxAgeMs);
  if (!carried.length) return client;
  return { ...client, clientState: { ...client.clientState, queries: [...client.clientState.queries, ...carried] } };
}
