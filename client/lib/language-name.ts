// Apart from i18n.ts: only the language choices need it, not the first script.

/** A language as it names itself: 'English', 'Español'. */
export function languageName(lang: string): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
