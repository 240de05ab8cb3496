import { initTRPC, StandardSchemaV1Error, TRPCError } from '@trpc/server';
import { and, eq, sql } from 'drizzle-orm';
import superjson from 'superjson';
import { z } from 'zod';
import { can, type NetworkAction, type NetworkStanding } from '../shared/domain/permissions.ts';
import { APP_ERRORS, type FieldErrors } from '../shared/errors.ts';
import { idSchema } from '../shared/schemas/common.ts';
import type { NetworkRole } from '../shared/schemas/membership.ts';
import type { Context, SessionUser } from './context.ts';
import { preparedFor } from './db/prepared.ts';
import { membership, network } from './db/schema.ts';
import { AppError } from './errors.ts';
import { writeWait } from './write-limit.ts';

// tRPC validates a zod schema with its own parseAsync, so a zod failure arrives as a ZodError, not a
// StandardSchemaV1Error (that is only for validators without a parse function). Both carry issues.
const isSchemaError = (cause: unknown): cause is StandardSchemaV1Error | z.core.$ZodError =>
  cause instanceof StandardSchemaV1Error || cause instanceof z.core.$ZodError;

function fieldErrorsOf(cause: unknown): FieldErrors | undefined {
  if (isSchemaError(cause)) {
    const out: FieldErrors = {};
    for (const issue of cause.issues) {
      const path = (issue.path ?? [])
        .map((p) => String(typeof p === 'object' && p !== null ? p.key : p))
        .join('.');
      (out[path || '_'] ??= []).push(issue.message);
    }
    return out;
  }
  if (cause instanceof AppError && cause.field) return { [cause.field]: [cause.message] };
  return undefined;
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const fieldErrors = fieldErrorsOf(error.cause);
    const message =
      isSchemaError(error.cause) ? 'Some fields need attention' : shape.message;
    return {
      ...shape,
      message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        appCode: error.cause instanceof AppError ? error.cause.code : undefined,
        fieldErrors,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

// Services throw AppError; here it becomes the transport code from the one error table.
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: APP_ERRORS[cause.code].status, message: cause.message, cause });
  }
  return result;
});

/** Why a write was refused, and how long until one is taken again (for Retry-After). */
export class WriteThrottled extends Error {
  readonly retryAfterMs: number;
  constructor(retryAfterMs: number) {
    super('write throttled');
    this.retryAfterMs = retryAfterMs;
  }
}

// Before the input is even parsed: a flood costs the server as little as possible.
const throttleWrites = t.middleware(({ ctx, type, next }) => {
  if (type !== 'mutation') return next();
  const wait = writeWait(ctx);
  if (wait > 0) {
    throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: 'You are saving changes faster than Needle accepts. Wait a moment and try again.', cause: new WriteThrottled(wait) });
  }
  return next();
});

export const publicProcedure = t.procedure.use(appErrors).use(throttleWrites);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue' });
  return next({ ctx: { ...ctx, user: ctx.user as SessionUser } });
});

export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!ctx.user.isAdmin) throw new TRPCError({ code: 'FORBIDDEN', message: 'Only site administrators can do that' });
  return next();
});

export type NetworkAccess = NetworkStanding & { networkId: number };

/** The network, if it exists, and the caller's role in it (null: not a member), in one query. */
const standingIn = preparedFor((db) =>
  db
    .select({ role: membership.role })
    .from(network)
    .leftJoin(membership, and(eq(membership.networkId, network.id), eq(membership.userId, sql.placeholder('userId'))))
    .where(eq(network.id, sql.placeholder('networkId')))
    .prepare(),
);

/** The caller's standing in a network, or null when the network does not exist. */
export function networkAccess(db: Context['db'], user: SessionUser, networkId: number): NetworkAccess | null {
  const row = standingIn(db).get({ networkId, userId: user.id });
  if (!row) return null;
  return { networkId, role: row.role as NetworkRole | null, isAdmin: user.isAdmin };
}

/**
 * A procedure inside one network: turns the `networkId` input into the caller's membership and
 * role, and refuses callers whose role does not allow `action` (see shared/domain/permissions).
 */
export function networkProcedure(action: NetworkAction) {
  return protectedProcedure.input(z.object({ networkId: idSchema })).use(({ ctx, input, next }) => {
    const access = networkAccess(ctx.db, ctx.user, input.networkId);
    // To someone outside it, a private network answers exactly as a missing one: ids must not
    // confirm which networks exist.
    if (!access || (!access.isAdmin && access.role === null)) {
      throw new TRPCError({ code: 'NOT_FOUND', message: 'There is no network here that you can open' });
    }
    if (!can(access, action)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Your role in this network does not allow that' });
    }
    return next({ ctx: { ...ctx, access } });
  });
}
