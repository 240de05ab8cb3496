// Sign-in and sign-out are better-auth endpoints over plain fetch; everything else is tRPC (password
// resets: features/auth/password-reset.ts, kept out of the first script).
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

/**
 * A JSON POST to a better-auth endpoint (the server's CSRF guard takes only JSON); null when the
 * server could not be reached.
 */
export async function postToAuth(path: string, body: unknown): Promise<Response | null> {
  try {
    return await fetch(`/api/auth/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin' });
  } catch {
    return null;
  }
}

export async function signIn(email: string, password: string): Promise<SignInResult> {
  const response = await postToAuth('sign-in/email', { email, password });
  if (response?.ok) return { ok: true };
  await i18next.loadNamespaces('auth');
  if (!response) return { ok: false, message: i18next.t('auth:signIn.unreachable') };
  if (response.status === 401) return { ok: false, message: i18next.t('auth:signIn.mismatch') };
  if (response.status === 403) return { ok: false, message: i18next.t('auth:signIn.deactivated') };
  const message = await englishMessageOf(response);
  if (response.status === 429) return { ok: false, message: message ?? i18next.t('auth:signIn.tooMany') };
  return { ok: false, message: message ?? i18next.t('auth:signIn.failed') };
}

export async function signOut(): Promise<void> {
  const response = await postToAuth('sign-out', {});
  if (!response?.ok) {
    await i18next.loadNamespaces('auth');
    throw new Error(i18next.t('auth:signOut.failed'));
  }
}

/** Only same-site paths may be a return address, so a crafted link cannot send people elsewhere. */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
