import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCE_LANGUAGE } from '../../../shared/i18n/languages.ts';
import type { Words } from '../../../shared/i18n/words.ts';
import { PSEUDO } from '../../lib/i18n.ts';
import { wordsIn } from '../../lib/use-words.ts';

/**
 * The words a report is drawn in: the language its stored sentences were written in (a Spanish
 * version reads in Spanish on an English screen too, not half and half), or the screen's when the
 * two agree (the pseudo-language check included). A report with no language follows the screen.
 */
export function useReportWords(language: string | undefined): Words {
  const { i18n } = useTranslation();
  const screen = i18n.resolvedLanguage ?? SOURCE_LANGUAGE;
  const lang = !language || language === (screen === PSEUDO ? SOURCE_LANGUAGE : screen) ? screen : language;
  // Loads the report's catalogues in its language when the screen shows another.
  useTranslation(['common', 'report'], { lng: lang });
  return useMemo(() => wordsIn(i18n, lang), [i18n, lang]);
}

/** The language to mark a report's text with (`lang`): the pseudo-language is English underneath. */
export const htmlLanguage = (w: Words) => (w.lang === PSEUDO ? SOURCE_LANGUAGE : w.lang);
