// Sign-in, sign-out and password resets are better-auth endpoints over plain fetch; everything else is tRPC.
import i18next from 'i18next';
import { SOURCE_LANGUAGE } from '../../shared/i18n/languages.ts';

export type SignInResult = { ok: true } | { ok: false; message: string };

// The sentences are in the auth catalogue, loaded here because the page calling may not have it.
// better-auth and the sign-in throttle answer in English only: their words are shown to people
// reading English, and everyone else gets this app's own sentence for the same status.
async function englishMessageOf(response: Response): Promise<string | undefined> {
  if (i18next.resolvedLanguage !== SOURCE_LANGUAGE) return undefined;
  try {
    const body = (await response.json()) as { message?: unknown };
    return typeof body.message === 'string' ? body.message : undefined;
  } catch {
    return undefined;
  }
}

export async function signIn(email: string, password: string): Promise<SignInResult> {
  let response: Response;
  try {
    response = await fetch('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
      credentials: 'same-origin',
    });
  } catch {
    await i18next.loadNamespaces('auth');
    return { ok: false, message: i18next.t('auth:signIn.unreachable') };
  }
  if (response.ok) return { ok: true };
  await i18next.loadNamespaces('auth');
  if (response.status === 401) return { ok: false, message: i18next.t('auth:signIn.mismatch') };
  if (response.status === 403) return { ok: false, message: i18next.t('auth:signIn.deactivated') };
  const message = await englishMessageOf(response);
  if (response.status === 429) return { ok: false, message: message ?? i18next.t('auth:signIn.tooMany') };
  return { ok: false, message: message ?? i18next.t('auth:signIn.failed') };
}

export async function signOut(): Promise<void> {
  // The server accepts only JSON POSTs (its CSRF guard), so send an empty JSON body.
  const response = await fetch('/api/auth/sign-out', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
    credentials: 'same-origin',
  });
  if (!response.ok) {
    await i18next.loadNamespaces('auth');
    throw new Error(i18next.t('auth:signOut.failed'));
  }
}

/** Only same-site paths may be a return address, so a crafted link cannot send people elsewhere. */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

export type RequestResetResult = { ok: true } | { ok: false; message: string };

/** Asks for a reset email. The answer is the same whether or not the address has an account. */
export async function requestPasswordReset(email: string): Promise<RequestResetResult> {
  let response: Response;
  try {
    response = await fetch('/api/auth/request-password-reset', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
      credentials: 'same-origin',
    });
  } catch {
    await i18next.loadNamespaces('auth');
    return { ok: false, message: i18next.t('auth:signIn.unreachable') };
  }
  if (response.ok) return { ok: true };
  await i18next.loadNamespaces('auth');
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
  let response: Response;
  try {
    response = await fetch('/api/auth/reset-password', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, newPassword }),
      credentials: 'same-origin',
    });
  } catch {
    await i18next.loadNamespaces('auth');
    return { ok: false, invalidLink: false, message: i18next.t('auth:signIn.unreachable') };
  }
  if (response.ok) return { ok: true };
  await i18next.loadNamespaces(['auth', 'errors']);
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
