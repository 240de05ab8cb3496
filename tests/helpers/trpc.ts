import { createTRPCClient, TRPCClientError, unstable_localLink } from '@trpc/client';
import { TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z } from 'zod';
import { createContextInner, type SessionUser } from '../../server/context.ts';
import type { Db } from '../../server/db/client.ts';
import { appRouter, type AppRouter } from '../../server/router.ts';
import { createCallerFactory } from '../../server/trpc.ts';
import { AppError } from '../../server/errors.ts';
import { wordsFor } from '../../server/i18n.ts';
import { translateMessage } from '../../shared/i18n/message.ts';

const createCaller = createCallerFactory(appRouter);

export type Caller = ReturnType<typeof createCaller>;

/** The real router, called in process as `user` (null: not signed in), who reads `lang` (English by default). */
export function callerFor(db: Db, user: SessionUser | null, lang?: string): Caller {
  return createCaller(createContextInner({ db, user, ...(lang ? { lang } : {}) }));
}

/**
 * A tRPC client over the real router without HTTP: errors arrive as the client sees them
 * (TRPCClientError with the formatted `shape`, including `data.fieldErrors`).
 */
export function clientFor(db: Db, user: SessionUser | null) {
  return createTRPCClient<AppRouter>({
    links: [unstable_localLink({ router: appRouter, transformer: superjson, createContext: async () => createContextInner({ db, user }) })],
  });
}

/** The tRPC error code a call ends with, or 'OK'. Anything that is not a tRPC error is rethrown. */
export async function outcome(call: Promise<unknown> | (() => Promise<unknown>)): Promise<string> {
  try {
    await (typeof call === 'function' ? call() : call);
    return 'OK';
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    if (e instanceof TRPCClientError) return (e.data as { code: string }).code;
    throw e;
  }
}

/** Awaits a call that must fail with a tRPC error and returns that error. */
export async function failure(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (e) {
    if (e instanceof TRPCError) return e;
    throw e;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** Everything a failed call says, in a language: its message and its schema's field messages. */
export function said(error: TRPCError, lang = 'en'): string {
  const { t } = wordsFor(lang);
  const issues = error.cause instanceof z.core.$ZodError ? error.cause.issues.map((i) => translateMessage(t, i.message)) : [];
  return [error.cause instanceof AppError ? error.cause.say(lang) : error.message, ...issues].join('\n');
}

/** Calls a procedure by its dotted path ('network.update'), as the matrix and bad-input tables need. */
export function callPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

/** The same for a client from clientFor: queries and mutations are called differently there. */
export function clientCall(client: ReturnType<typeof clientFor>, path: string, input: unknown): Promise<unknown> {
  const procedure = procedures()[path];
  if (!procedure) throw new Error(`no procedure ${path}`);
  const node = path.split('.').reduce<unknown>((n, key) => (n as Record<string, unknown>)[key], client) as Record<
    string,
    (input: unknown) => Promise<unknown>
  >;
  if (procedure._def.type === 'subscription') {
    // A subscription settles here when it starts (or fails to), then stops.
    return new Promise((resolve, reject) => {
      const sub = (node as unknown as { subscribe: (input: unknown, opts: object) => { unsubscribe: () => void } }).subscribe(input, {
        onStarted: () => (sub.unsubscribe(), resolve(undefined)),
        onError: (e: unknown) => (sub.unsubscribe(), reject(e)),
      });
    });
  }
  return procedure._def.type === 'query' ? node.query!(input) : node.mutate!(input);
}

/**
 * Every procedure of the router by dotted path. At runtime `_def.procedures` is flat
 * ('network.update' → procedure), though its type mirrors the nesting.
 */
export function procedures(): Record<string, { _def: { type: 'query' | 'mutation' | 'subscription'; inputs: unknown[] } }> {
  return appRouter._def.procedures as unknown as ReturnType<typeof procedures>;
}
