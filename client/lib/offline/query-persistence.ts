import { hydrate, type QueryClient } from '@tanstack/react-query';
import { persistQueryClientRestore, persistQueryClientSave, persistQueryClientSubscribe, type PersistQueryClientOptions } from '@tanstack/react-query-persist-client';
import { BUILD_ID } from './build-id.ts';
import { devicePersister, indexedDbStore, type DevicePersister } from './persister.ts';

/** How long answers kept on the device stay usable offline. */
export const KEPT_FOR_MS = 7 * 24 * 60 * 60 * 1000;

let persister: DevicePersister | undefined;
function devicePersisterOnce(): DevicePersister {
  if (!persister) {
    const created = devicePersister(indexedDbStore(), { maxAgeMs: KEPT_FOR_MS });
    // A reload or a closed tab must not lose the last second's answers to the throttle.
    window.addEventListener('pagehide', () => created.flush());
    persister = created;
  }
  return persister;
}

/** What PersistQueryClientProvider keeps: this build's successful answers, for a week. */
export function persistOptions(): Omit<PersistQueryClientOptions, 'queryClient'> {
  return {
    persister: devicePersisterOnce(),
    maxAge: KEPT_FOR_MS,
    // A new deploy may shape answers differently: its code starts from the server, not old answers.
    buster: BUILD_ID,
    dehydrateOptions: {
      shouldDehydrateQuery: (query) => query.state.status === 'success',
      // Writes made offline are the outbox's (client/lib/outbox), not the query cache's.
      shouldDehydrateMutation: () => false,
    },
  };
}

/**
 * What PersistQueryClientProvider did, from a module loaded after the first script: brings back
 * what the device kept (only offline: persister.ts), then keeps each change. Returns the
 * unsubscribe.
 */
export async function keepOnDevice(queryClient: QueryClient): Promise<() => void> {
  const options = { ...persistOptions(), queryClient };
  await persistQueryClientRestore(options);
  const unsubscribe = persistQueryClientSubscribe(options);
  // Answers that arrived while this module loaded are kept now, not at the next change.
  void persistQueryClientSave(options);
  return unsubscribe;
}

/** Removes this device's copy of the person's answers (sign-out on a shared computer). */
export function forgetDevice(): Promise<void> {
  return devicePersisterOnce().forget();
}

/**
 * Brings back what the device kept, for a connection that turned out not to work while the browser
 * said it was online (wifi without internet). Answers already here and newer stay as they are.
 */
export async function restoreKept(queryClient: QueryClient): Promise<void> {
  const kept = await devicePersisterOnce().readKept();
  if (!kept || kept.buster !== BUILD_ID || Date.now() - kept.timestamp > KEPT_FOR_MS) return;
  hydrate(queryClient, kept.clientState);
}
