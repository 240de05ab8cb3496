import superjson from 'superjson';

/** Where the server answers tRPC calls, and the client asks. */
export const TRPC_PATH = '/trpc';

/** One procedure of a batch, as tRPC's batch link sends it: its path and its input. */
export type BatchCall = { path: string; input?: unknown };

/**
 * The address tRPC's batch link asks for these queries at, sent together (one GET). The client
 * starts its first request at it (client/lib/early-fetch.ts); the server names it in the page it
 * serves, so the browser asks before any script has arrived (server/http/page-preload.ts).
 */
export function batchUrl(base: string, calls: readonly BatchCall[]): string {
  const inputs = Object.fromEntries(calls.map((call, i) => [i, superjson.serialize(call.input)]));
  return `${base}/${calls.map((c) => c.path).join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`;
}
