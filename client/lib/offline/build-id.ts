// Set by vite.config.ts for each build; tests and the dev server run without one.
declare const __NEEDLE_BUILD__: string | undefined;

/** This build's version: the persisted query cache of any other build is dropped, not read. */
export const BUILD_ID: string = typeof __NEEDLE_BUILD__ === 'string' ? __NEEDLE_BUILD__ : 'dev';
