import { useEffect, useSyncExternalStore } from 'react';

// Inside a network the tab shows how many things need the person there, "(3) Plan · Needle", so a
// background tab says when something is waiting. The network layout sets the count; pages keep
// naming themselves as before.
let count = 0;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The number before every page title from now on; 0 shows none. */
export function setTitleCount(next: number) {
  if (next === count) return;
  count = next;
  for (const listener of listeners) listener();
}

export function usePageTitle(title: string | undefined) {
  const n = useSyncExternalStore(subscribe, () => count);
  useEffect(() => {
    const base = title ? `${title} · Needle` : 'Needle';
    document.title = n > 0 ? `(${n}) ${base}` : base;
  }, [title, n]);
}
