import { Workbox } from 'workbox-window';

// The service worker (vite.config.ts builds it) and how a new version reaches an open app
// (docs/offline.md). Loaded after the first render, never by the first script.

const HOUR = 60 * 60 * 1000;
const OPENING_MS = 10_000;
// Set just before the reload a fresh visit makes to take a new version: one such reload, never a loop.
const AUTO_RELOAD_KEY = 'needle.update-reloaded';

type Listener = () => void;
let ready = false;
const listeners = new Set<Listener>();
let apply: (() => void) | null = null;

/** Whether a new version waits for the person's Reload; for useSyncExternalStore. */
export const updateReady = () => ready;
export function onUpdateReady(listener: Listener) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
function announce() {
  ready = true;
  for (const listener of listeners) listener();
}

/** Switches to the waiting version and reloads once it controls the page: only on the person's word. */
export function reloadToUpdate() {
  if (apply) apply();
  else window.location.reload();
}

function recentlyReloaded(): boolean {
  try {
    const at = Number(sessionStorage.getItem(AUTO_RELOAD_KEY));
    sessionStorage.removeItem(AUTO_RELOAD_KEY);
    return Date.now() - at < 30_000;
  } catch {
    return true; // storage blocked: never reload on our own
  }
}

export function startServiceWorker() {
  const wb = new Workbox('/sw.js', { scope: '/' });
  const justReloaded = recentlyReloaded();
  let touched = false;
  const touch = () => (touched = true);
  for (const type of ['pointerdown', 'keydown', 'input']) window.addEventListener(type, touch, { once: true, capture: true });

  let asked = false;
  apply = () => {
    asked = true;
    wb.messageSkipWaiting();
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Our own request: the new version is in charge, so load its shell. Another tab's: this page
    // still runs the old code, whose later pages the new worker no longer keeps — offer the reload.
    if (asked) return window.location.reload();
    apply = () => window.location.reload();
    announce();
  });
  wb.addEventListener('waiting', (event) => {
    // A new version found as the app opens (waiting since an earlier visit, or found in the first
    // seconds), before the person has done anything: take it now, so a deploy never leaves people
    // on an old shell. Once they have started, or have been reading a while, it waits for their word.
    const opening = event.wasWaitingBeforeRegister || performance.now() < OPENING_MS;
    if (opening && !touched && !justReloaded) {
      try {
        sessionStorage.setItem(AUTO_RELOAD_KEY, String(Date.now()));
        apply?.();
        return;
      } catch {
        // storage blocked: ask instead
      }
    }
    announce();
  });
  void wb.register().catch(() => {});

  // A tab left open for days still hears of new versions: browsers look only on navigations,
  // which a single-page app rarely makes.
  const check = () => void wb.update().catch(() => {});
  window.setInterval(check, HOUR);
  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && Date.now() - lastCheck > HOUR / 4) {
      lastCheck = Date.now();
      check();
    }
  });
}
