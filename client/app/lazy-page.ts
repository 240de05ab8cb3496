import i18next from 'i18next';
import { createElement, lazy, useState, type ComponentType } from 'react';
import type { Namespace } from '../../shared/i18n/languages.ts';

export type LazyPage = ComponentType & {
  /** Starts loading the page's code and catalogues; rendering it later waits for the same load. */
  preload: () => Promise<{ default: ComponentType }>;
};

/**
 * A route's page as its own chunk, so the first load carries only what the first page needs. The
 * catalogues the page reads load beside its code, not after it has started to render.
 */
export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M, namespaces: readonly Namespace[] = []): LazyPage {
  let loading: Promise<{ default: ComponentType }> | undefined;
  let loaded: ComponentType | undefined;
  const preload = () => {
    loading ??= Promise.all([load(), namespaces.length ? i18next.loadNamespaces([...namespaces]) : null]).then(
      ([module]) => ({ default: (loaded = module[name] as ComponentType) }),
      (error: unknown) => {
        // A failed chunk (a dropped connection) is asked for again by the next preload.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(preload);
  // Code already in (preloaded for the first page, or seen before) renders at once: React.lazy
  // would suspend for a tick all the same, and React holds a revealed page back for up to 300 ms
  // after a loading state. Chosen once per mount, so the page never changes type under its state.
  function Page() {
    const [ready] = useState(() => loaded);
    return createElement(ready ?? Lazy);
  }
  return Object.assign(Page, { preload });
}
