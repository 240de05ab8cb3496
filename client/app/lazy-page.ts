import { lazy, type ComponentType } from 'react';

/** A route's page as its own chunk, so the first load carries only what the first page needs. */
export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
