import type { PersistedClient } from '@tanstack/react-query-persist-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { asOfStyle, oldestShown } from '../../client/lib/offline/as-of.ts';
import { devicePersister, ownerOf, withEarlier, type KeyValueStore } from '../../client/lib/offline/persister.ts';

// Needle offline (docs/offline.md): which time the "offline — as of" line names, and whose
// answers the device keeps.

describe('the time the offline line names', () => {
  const at = (h: number, m: number) => new Date(2026, 11, 7, h, m).getTime();

  it('is the oldest answer on screen, so the line never claims more than the oldest part shows', () => {
    expect(
      oldestShown([
        { updatedAt: at(14, 5), active: true, neverStale: false },
        { updatedAt: at(14, 20), active: true, neverStale: false },
      ]),
    ).toBe(at(14, 5));
  });

  it('leaves out answers no screen reads, answers that never go stale and answers that never came', () => {
    expect(
      oldestShown([
        { updatedAt: at(9, 0), active: false, neverStale: false }, // a page visited earlier
        { updatedAt: at(8, 0), active: true, neverStale: true }, // whether setup is needed
        { updatedAt: 0, active: true, neverStale: false }, // still waiting for the connection
        { updatedAt: at(14, 5), active: true, neverStale: false },
      ]),
    ).toBe(at(14, 5));
    expect(oldestShown([{ updatedAt: at(9, 0), active: false, neverStale: false }])).toBeNull();
    expect(oldestShown([])).toBeNull();
  });

  it('says the time alone when it was today, and the date too when it was another day', () => {
    expect(asOfStyle(at(0, 1), at(23, 59))).toBe('time');
    expect(asOfStyle(new Date(2026, 11, 6, 23, 59).getTime(), at(0, 1))).toBe('dateTime');
    expect(asOfStyle(new Date(2025, 11, 7, 14, 5).getTime(), at(14, 5))).toBe('dateTime');
  });
});

function memoryStore(): KeyValueStore & { map: Map<string, PersistedClient> } {
  const map = new Map<string, PersistedClient>();
  return {
    map,
    keys: async () => [...map.keys()],
    get: async (key) => map.get(key),
    set: async (key, value) => void map.set(key, value),
    clear: async () => map.clear(),
  };
}

const ME = [['account', 'me'], { type: 'query' }];
function clientOf(me: { id: string } | null, extra: Record<string, unknown> = {}, { at = 1, buster = 'build-1' } = {}): PersistedClient {
  const query = (queryKey: unknown[], data: unknown) => ({ queryKey, queryHash: JSON.stringify(queryKey), state: { data, status: 'success', dataUpdatedAt: at } });
  return {
    timestamp: at,
    buster,
    clientState: {
      mutations: [],
      queries: [query(ME, me), ...Object.entries(extra).map(([k, v]) => query([[k], { type: 'query' }], v))],
    },
  } as unknown as PersistedClient;
}

describe('the answers kept on the device', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('names its owner from who is signed in', () => {
    expect(ownerOf(clientOf({ id: 'u1' }).clientState)).toBe('u1');
    expect(ownerOf(clientOf(null).clientState)).toBeNull();
  });

  it('keeps only the newest state, written once a second, under the person it belongs to', async () => {
    const store = memoryStore();
    const persister = devicePersister(store, { throttleMs: 1000, isOnline: () => false });
    await persister.persistClient(clientOf({ id: 'u1' }, { home: 'first' }));
    await persister.persistClient(clientOf({ id: 'u1' }, { home: 'second' }));
    expect(store.map.size).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect([...store.map.keys()]).toEqual(['u1']);
    expect(JSON.stringify(await persister.restoreClient())).toContain('second');
  });

  it('keeps one person’s answers at a time: the next person’s replace them, and nobody’s are not kept', async () => {
    const store = memoryStore();
    const persister = devicePersister(store, { throttleMs: 0, isOnline: () => false });
    await persister.persistClient(clientOf({ id: 'u1' }, { home: 'Ana’s network' }));
    await vi.advanceTimersByTimeAsync(0);
    await persister.persistClient(clientOf({ id: 'u2' }, { home: 'Ben’s network' }));
    await vi.advanceTimersByTimeAsync(0);
    expect([...store.map.keys()]).toEqual(['u2']);
    await persister.persistClient(clientOf(null));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.map.size).toBe(0);
    expect(await persister.restoreClient()).toBeUndefined();
  });

  it('forgets everything on sign-out, including a save still waiting to be written', async () => {
    const store = memoryStore();
    const persister = devicePersister(store, { throttleMs: 1000, isOnline: () => false });
    await persister.persistClient(clientOf({ id: 'u1' }));
    await vi.advanceTimersByTimeAsync(1000);
    await persister.persistClient(clientOf({ id: 'u1' }, { plan: 'later' }));
    await persister.forget();
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.map.size).toBe(0);
  });

  it('does not hold the app when the device’s storage never answers', async () => {
    const stuck: KeyValueStore = { keys: () => new Promise(() => {}), get: async () => undefined, set: async () => {}, clear: async () => {} };
    const restored = devicePersister(stuck, { isOnline: () => false }).restoreClient();
    await vi.advanceTimersByTimeAsync(3000);
    await expect(restored).resolves.toBeUndefined();
  });

  it('restores nothing while the browser is online: pages ask the server, as they always have', async () => {
    const store = memoryStore();
    await store.set('u1', clientOf({ id: 'u1' }, { home: 'kept' }));
    expect(await devicePersister(store, { isOnline: () => true }).restoreClient()).toBeUndefined();
    expect(JSON.stringify(await devicePersister(store, { isOnline: () => false }).restoreClient())).toContain('kept');
  });

  it('adds this visit’s answers to those kept from earlier visits of the same build, the newest winning', async () => {
    const store = memoryStore();
    const persister = devicePersister(store, { throttleMs: 0, maxAgeMs: 1000, isOnline: () => true });
    await store.set('u1', clientOf({ id: 'u1' }, { plan: 'yesterday’s plan', home: 'old home' }, { at: 100 }));
    await persister.persistClient(clientOf({ id: 'u1' }, { home: 'new home' }, { at: 500 }));
    await vi.advanceTimersByTimeAsync(0);
    const kept = JSON.stringify(store.map.get('u1'));
    expect(kept).toContain('yesterday’s plan');
    expect(kept).toContain('new home');
    expect(kept).not.toContain('old home');
  });
});

describe('answers carried over from earlier visits', () => {
  it('are neither another build’s nor older than the week kept', () => {
    const earlier = clientOf({ id: 'u1' }, { plan: 'plan' }, { at: 100 });
    expect(JSON.stringify(withEarlier(clientOf({ id: 'u1' }, {}, { at: 150 }), earlier, 100))).toContain('plan');
    expect(JSON.stringify(withEarlier(clientOf({ id: 'u1' }, {}, { at: 201 }), earlier, 100))).not.toContain('plan');
    expect(JSON.stringify(withEarlier(clientOf({ id: 'u1' }, {}, { at: 150, buster: 'build-2' }), earlier, 100))).not.toContain('plan');
  });
});
