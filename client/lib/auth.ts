// Sign-in and sign-out are better-auth endpoints over plain fetch; everything else is tRPC.

export type SignInResult = { ok: true } | { ok: false; message: string };

async function messageOf(response: Response): Promise<string | undefined> {
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
    return { ok: false, message: 'Needle could not be reached. Check your connection and try again.' };
  }
  if (response.ok) return { ok: true };
  if (response.status === 401) return { ok: false, message: 'That email and password do not match. Check them and try again.' };
  const message = await messageOf(response);
  if (response.status === 429) return { ok: false, message: message ?? 'Too many attempts. Wait a few minutes and try again.' };
  if (response.status === 403) return { ok: false, message: message ?? 'This account is deactivated. Ask a site administrator.' };
  return { ok: false, message: message ?? 'Signing in did not work. Try again.' };
}

export async function signOut(): Promise<void> {
  // The server accepts only JSON POSTs (its CSRF guard), so send an empty JSON body.
  const response = await fetch('/api/auth/sign-out', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error('Signing out did not work. Try again.');
}

/** Only same-site paths may be a return address, so a crafted link cannot send people elsewhere. */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
