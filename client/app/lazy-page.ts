import i18next from 'i18next';
import { lazy, type ComponentType } from 'react';
import type { Namespace } from '../../shared/i18n/languages.ts';

/**
 * A route's page as its own chunk, so the first load carries only what the first page needs. The
 * catalogues the page reads load beside its code, not after it has started to render.
 */
export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M, namespaces: readonly Namespace[] = []) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), namespaces.length ? i18next.loadNamespaces([...namespaces]) : null]);
    return { default: module[name] as ComponentType };
  });
}
