import { APIError, betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { eq } from 'drizzle-orm';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../shared/schemas/common.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import * as schema from '../db/schema.ts';
import { wordsFor } from '../i18n.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { afterPasswordReset, queueResetEmail, RESET_TOKEN_TTL_SECONDS } from './password-reset.ts';

export const SESSION_TTL_SECONDS = 60 * 60 * 24 * 7;

/**
 * better-auth handles sign-in, sign-out and sessions. Accounts are created by Needle's own
 * services (first administrator, invitations) inside a transaction with the rest of the change,
 * so public sign-up is off. Sign-in and reset throttling is Needle's own (sign-in-throttle.ts): better-auth's
 * limiter is per IP only and off in development.
 */
export function createAuth(db: Db, config: Pick<Config, 'baseUrl' | 'trustedOrigins' | 'trustProxy'>, secret: string) {
  return betterAuth({
    appName: 'Needle',
    baseURL: config.baseUrl,
    secret,
    trustedOrigins: config.trustedOrigins,
    database: drizzleAdapter(db, {
      provider: 'sqlite',
      schema: { user: schema.user, session: schema.session, account: schema.account, verification: schema.verification },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword(hash, password) },
      // Forgotten passwords: the link goes out through the mail outbox (only while email is on;
      // administrators can make one by hand), works once for an hour and ends every session.
      sendResetPassword: async ({ user, token }) => queueResetEmail(db, config.baseUrl, { user, token }),
      resetPasswordTokenExpiresIn: RESET_TOKEN_TTL_SECONDS,
      revokeSessionsOnPasswordReset: true,
      onPasswordReset: async ({ user }) => afterPasswordReset(db, user.id),
    },
    session: { expiresIn: SESSION_TTL_SECONDS, updateAge: 60 * 60 * 24 },
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: config.baseUrl.startsWith('https://'),
    },
    databaseHooks: {
      session: {
        create: {
          before: async (session) => {
            const row = db
              .select({ deactivatedAt: schema.user.deactivatedAt })
              .from(schema.user)
              .where(eq(schema.user.id, session.userId))
              .get();
            if (!row || row.deactivatedAt) {
              // The app shows its own sentence for this refusal in the reader's language; this is for other clients.
              throw new APIError('FORBIDDEN', { message: wordsFor('en').t('auth:signIn.deactivated') });
            }
          },
        },
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
