import type { i18n } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatsFor, type Formats } from '../../shared/format/formats.ts';
import { NAMESPACES, SOURCE_LANGUAGE, type Namespace } from '../../shared/i18n/languages.ts';
import { markedFormats } from '../../shared/i18n/pseudo.ts';
import type { Translate, Words } from '../../shared/i18n/words.ts';
import { intlLocale, PSEUDO } from './i18n.ts';

// The reader's words and formats for components, apart from i18n.ts so the first script (which
// only starts the language) does not carry the formats every page needs later.

const pseudoFormats = () => markedFormats(formatsFor(intlLocale(SOURCE_LANGUAGE)));

/** A language's dates and numbers. */
export function formatsOf(lang: string): Formats {
  return lang === PSEUDO ? pseudoFormats() : formatsFor(intlLocale(lang));
}

/** The reader's dates and numbers. */
export function useFormats(): Formats {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? SOURCE_LANGUAGE;
  return useMemo(() => formatsOf(lang), [lang]);
}

/** The words of a language: a t that reaches every namespace as 'ns:key', and its formats. */
export function wordsIn(i18n: i18n, lang: string): Words {
  return { lang, t: i18n.getFixedT(lang, NAMESPACES) as unknown as Translate, f: formatsOf(lang) };
}

/**
 * The reader's words for shared code (verdict sentences, report text): waits until the named
 * namespaces have loaded, then gives a t that reaches every namespace as 'ns:key'.
 */
export function useWords(...namespaces: Namespace[]): Words {
  const { i18n } = useTranslation(['common', ...namespaces]);
  const lang = i18n.resolvedLanguage ?? SOURCE_LANGUAGE;
  return useMemo(() => wordsIn(i18n, lang), [i18n, lang]);
}
