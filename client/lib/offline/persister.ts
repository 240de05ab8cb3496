import type { PersistedClient, Persister } from '@tanstack/react-query-persist-client';
import type { DehydratedState } from '@tanstack/react-query';
import { clear, createStore, get, keys, set, type UseStore } from 'idb-keyval';

// The last answers a person saw, kept on the device (IndexedDB) so Needle opens without a
// connection (docs/offline.md). One person's at a time: the entry is keyed by who was signed in,
// replaced when someone else signs in and removed on sign-out or when nobody is signed in.

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
  /** Drops what is kept and any save still waiting: for sign-out. */
  forget(): Promise<void>;
};

/**
 * A persister that writes at most once per `throttleMs` (the cache changes many times while a
 * page loads; the newest state is what counts) and one write at a time, in order.
 */
export function devicePersister(storage: KeyValueStore, throttleMs = 1000): DevicePersister {
  let pending: PersistedClient | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chain: Promise<void> = Promise.resolve();

  const write = async (client: PersistedClient) => {
    const owner = ownerOf(client.clientState);
    const kept = await storage.keys();
    if (kept.some((k) => k !== owner)) await storage.clear();
    if (owner) await storage.set(owner, client);
  };
  const queue = (task: () => Promise<void>) => {
    // A failed write (storage full, blocked in private mode) costs only the offline copy.
    chain = chain.then(task).catch(() => {});
    return chain;
  };
  const flush = () => {
    timer = null;
    const client = pending;
    pending = null;
    if (client) void queue(() => write(client));
  };

  return {
    persistClient(client) {
      pending = client;
      if (!timer) timer = setTimeout(flush, throttleMs);
    },
    async restoreClient() {
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
    },
    removeClient: () => queue(() => storage.clear()),
    forget() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
      return queue(() => storage.clear());
    },
  };
}
