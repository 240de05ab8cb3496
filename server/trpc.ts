import { initTRPC, StandardSchemaV1Error, TRPCError } from '@trpc/server';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { can, type NetworkAction, type NetworkStanding } from '../shared/domain/permissions.ts';
import { APP_ERRORS, type FieldErrors } from '../shared/errors.ts';
import { transformer } from '../shared/transformer.ts';
import { SOURCE_LANGUAGE } from '../shared/i18n/languages.ts';
import { translateMessage, type MessageKey } from '../shared/i18n/message.ts';
import { idSchema } from '../shared/schemas/common.ts';
import type { NetworkRole } from '../shared/schemas/membership.ts';
import type { Context, SessionUser } from './context.ts';
import { preparedFor } from './db/prepared.ts';
import { membership, network } from './db/schema.ts';
import { AppError } from './errors.ts';
import { wordsFor } from './i18n.ts';
import { writeWait } from './write-limit.ts';

// tRPC validates a zod schema with its own parseAsync, so a zod failure arrives as a ZodError, not a
// StandardSchemaV1Error (that is only for validators without a parse function). Both carry issues.
const isSchemaError = (cause: unknown): cause is StandardSchemaV1Error | z.core.$ZodError =>
  cause instanceof StandardSchemaV1Error || cause instanceof z.core.$ZodError;

function fieldErrorsOf(cause: unknown, lang: string): FieldErrors | undefined {
  const { t } = wordsFor(lang);
  if (isSchemaError(cause)) {
    const out: FieldErrors = {};
    for (const issue of cause.issues) {
      const path = (issue.path ?? [])
        .map((p) => String(typeof p === 'object' && p !== null ? p.key : p))
        .join('.');
      (out[path || '_'] ??= []).push(translateMessage(t, issue.message));
    }
    return out;
  }
  if (cause instanceof AppError && cause.field) return { [cause.field]: [cause.say(lang)] };
  return undefined;
}

const t = initTRPC.context<Context>().create({
  transformer,
  // Subscriptions (the meeting's live board) go over server-sent events. A comment every 10 s
  // keeps school and library wifi, and proxies, from dropping a quiet stream; a client that hears
  // nothing for 25 s reconnects and resumes from its last event id.
  sse: { ping: { enabled: true, intervalMs: 10_000 }, client: { reconnectAfterInactivityMs: 25_000 } },
  errorFormatter({ shape, error, ctx }) {
    const lang = ctx?.lang ?? SOURCE_LANGUAGE;
    const fieldErrors = fieldErrorsOf(error.cause, lang);
    const message = isSchemaError(error.cause) ? wordsFor(lang).t('errors:FIELDS') : sayError(error, lang);
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

/** A failure's message in the reader's language; one with no catalogue entry stays as it is. */
function sayError(error: TRPCError, lang: string): string {
  const cause = error.cause;
  if (cause instanceof AppError) return cause.say(lang);
  if (cause instanceof Said) return wordsFor(lang).t(cause.key);
  return error.message;
}

/** The cause of a failure thrown here with a catalogue key, so the formatter can say it in any language. */
class Said extends Error {
  readonly key: MessageKey;
  constructor(key: MessageKey) {
    super(wordsFor(SOURCE_LANGUAGE).t(key));
    this.key = key;
  }
}

function fail(code: TRPCError['code'], key: MessageKey, cause?: Said): TRPCError {
  const said = cause ?? new Said(key);
  return new TRPCError({ code, message: said.message, cause: said });
}

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
export class WriteThrottled extends Said {
  readonly retryAfterMs: number;
  constructor(retryAfterMs: number) {
    super('errors:WRITE_THROTTLED');
    this.retryAfterMs = retryAfterMs;
  }
}

// Before the input is even parsed: a flood costs the server as little as possible.
const throttleWrites = t.middleware(({ ctx, type, next }) => {
  if (type !== 'mutation') return next();
  const wait = writeWait(ctx);
  if (wait > 0) {
    throw fail('TOO_MANY_REQUESTS', 'errors:WRITE_THROTTLED', new WriteThrottled(wait));
  }
  return next();
});

export const publicProcedure = t.procedure.use(appErrors).use(throttleWrites);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw fail('UNAUTHORIZED', 'errors:SIGN_IN');
  return next({ ctx: { ...ctx, user: ctx.user as SessionUser } });
});

export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!ctx.user.isAdmin) throw fail('FORBIDDEN', 'errors:ADMIN_ONLY');
  return next();
});

/** The backbone's view across networks: site admins and partnership staff, no one else. */
export const backboneProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!ctx.user.isAdmin && ctx.user.partnershipStaff !== true) throw fail('FORBIDDEN', 'errors:BACKBONE_ONLY');
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
  return { networkId, role: row.role as NetworkRole | null, isAdmin: user.isAdmin, partnershipStaff: user.partnershipStaff === true };
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
    if (!access || (!access.isAdmin && access.role === null && !access.partnershipStaff)) {
      throw fail('NOT_FOUND', 'errors:NO_NETWORK');
    }
    // Partnership staff pass only for the read actions (see `can`); the only calls filed under one
    // that are not queries start and cancel a report's download, which read.
    if (!can(access, action)) {
      throw fail('FORBIDDEN', 'errors:ROLE_FORBIDS');
    }
    return next({ ctx: { ...ctx, access } });
  });
}
