// Password resets are better-auth endpoints (behind Needle's checks) over plain fetch, like sign-in.
import i18next from 'i18next';
import { postToAuth } from '../../lib/auth.ts';

export type RequestResetResult = { ok: true } | { ok: false; message: string };

/** Asks for a reset email. The answer is the same whether or not the address has an account. */
export async function requestPasswordReset(email: string): Promise<RequestResetResult> {
  const response = await postToAuth('request-password-reset', { email });
  if (response?.ok) return { ok: true };
  await i18next.loadNamespaces('auth');
  if (!response) return { ok: false, message: i18next.t('auth:signIn.unreachable') };
  if (response.status === 429) return { ok: false, message: i18next.t('auth:forgot.tooMany') };
  return { ok: false, message: i18next.t('auth:forgot.failed') };
}

export type ResetResult =
  | { ok: true }
  /** The link is expired, used, or never was one. */
  | { ok: false; invalidLink: true }
  | { ok: false; invalidLink: false; message: string; field?: 'newPassword' };

/** Sets a new password with a reset link's token (better-auth's /reset-password behind Needle's checks). */
export async function resetPassword(token: string, newPassword: string): Promise<ResetResult> {
  const response = await postToAuth('reset-password', { token, newPassword });
  if (response?.ok) return { ok: true };
  await i18next.loadNamespaces(['auth', 'errors']);
  if (!response) return { ok: false, invalidLink: false, message: i18next.t('auth:signIn.unreachable') };
  const code = await codeOf(response);
  if (code === 'INVALID_TOKEN' || code === 'USER_NOT_FOUND') return { ok: false, invalidLink: true };
  if (code === 'PASSWORD_TOO_COMMON') return { ok: false, invalidLink: false, message: i18next.t('errors:PASSWORD_TOO_COMMON'), field: 'newPassword' };
  if (response.status === 403) return { ok: false, invalidLink: false, message: i18next.t('auth:signIn.deactivated') };
  return { ok: false, invalidLink: false, message: i18next.t('auth:reset.failed') };
}

async function codeOf(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { code?: unknown };
    return typeof body.code === 'string' ? body.code : undefined;
  } catch {
    return undefined;
  }
}
