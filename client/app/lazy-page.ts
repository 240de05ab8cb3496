import i18next from 'i18next';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Namespace } from '../../shared/i18n/languages.ts';

export type LazyPage = LazyExoticComponent<ComponentType> & {
  /** Starts loading the page's code and catalogues; rendering it later waits for the same load. */
  preload: () => Promise<{ default: ComponentType }>;
};

/**
 * A route's page as its own chunk, so the first load carries only what the first page needs. The
 * catalogues the page reads load beside its code, not after it has started to render.
 */
export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M, namespaces: readonly Namespace[] = []): LazyPage {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () => {
    loading ??= Promise.all([load(), namespaces.length ? i18next.loadNamespaces([...namespaces]) : null]).then(
      ([module]) => ({ default: module[name] as ComponentType }),
      (error: unknown) => {
        // A failed chunk (a dropped connection) is asked for again on the next render.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return Object.assign(lazy(preload), { preload });
}
