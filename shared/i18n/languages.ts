// The languages Needle speaks are the folders under locales/: a folder holds one catalogue file per
// namespace, and adding a language is adding a folder. English is the source every other language
// is translated from, and what a missing translation falls back to.
export const SOURCE_LANGUAGE = 'en';

/**
 * The catalogue files of a language. `common`, `errors` and `validation` load with the app; the
 * others load with the pages that use them.
 */
export const NAMESPACES = [
  'common',
  'errors',
  'validation',
  'qi',
  'report',
  'account',
  'admin',
  'audit',
  'auth',
  'charter',
  'cycles',
  'indicator',
  'invitations',
  'library',
  'mail',
  'meetings',
  'networks',
  'notifications',
  'organizations',
  'outbox',
  'partnership',
  'people',
  'plan',
  'public',
  'reports',
] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const STARTUP_NAMESPACES = ['common', 'errors', 'validation'] as const satisfies readonly Namespace[];

/**
 * The supported language a browser asks for first, from an Accept-Language header or
 * navigator.languages: 'es-MX,es;q=0.9,en;q=0.8' → 'es'. Regions fall back to their language;
 * nothing supported gives undefined.
 */
export function pickLanguage(asked: string | readonly string[] | null | undefined, supported: readonly string[]): string | undefined {
  if (!asked) return undefined;
  const entries = (typeof asked === 'string' ? asked.split(',') : asked).map((part, index) => {
    const [tag = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return { tag: tag.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
  });
  const ranked = entries.filter((e) => e.tag && e.q > 0 && !Number.isNaN(e.q)).sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const match = supported.find((lang) => lang === tag) ?? supported.find((lang) => lang === tag.split('-')[0]);
    if (match) return match;
  }
  return undefined;
}
