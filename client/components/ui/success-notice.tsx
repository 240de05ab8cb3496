import { createContext, useContext, useId, useLayoutEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Alert } from './alert.tsx';

/** Which success message of a page is the newest; the notices subscribe to it. */
function createNoticeStore() {
  let latest: string | null = null;
  const listeners = new Set<() => void>();
  return {
    latest: () => latest,
    claim(id: string) {
      latest = id;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
type NoticeStore = ReturnType<typeof createNoticeStore>;

const NoticeContext = createContext<NoticeStore | null>(null);
const noStore = () => () => {};

/**
 * One page's success messages. Only the newest shows: after "Saved." and then "Maria is now a
 * lead", the older message is news no longer and goes, instead of piling up down the page.
 */
export function NoticeScope({ children }: { children: ReactNode }) {
  const [store] = useState(createNoticeStore);
  return <NoticeContext.Provider value={store}>{children}</NoticeContext.Provider>;
}

/** A success message that gives way when a newer one appears in the same NoticeScope. */
export function SuccessNotice({ title, children, className }: { title?: ReactNode; children?: ReactNode; className?: string }) {
  const store = useContext(NoticeContext);
  const id = useId();
  const latest = useSyncExternalStore(store?.subscribe ?? noStore, () => store?.latest() ?? id);
  // Before paint, so an older message never shows beside a newer one for even one frame.
  useLayoutEffect(() => store?.claim(id), [store, id]);
  if (latest !== id) return null;
  return (
    <Alert tone="success" title={title} className={className}>
      {children}
    </Alert>
  );
}
