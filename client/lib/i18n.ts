import i18next, { type PostProcessorModule } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { useMemo } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { formatsFor, type Formats } from '../../shared/format/formats.ts';
import { addCountFormat } from '../../shared/i18n/count-format.ts';
import { NAMESPACES, SOURCE_LANGUAGE, STARTUP_NAMESPACES, type Namespace } from '../../shared/i18n/languages.ts';
import { makeWords, type Translate, type Words } from '../../shared/i18n/words.ts';

// Each catalogue file is its own chunk: a page loads its language's files for the namespaces it
// uses, and nothing of the languages it does not show.
const catalogues = import.meta.glob<{ default: Record<string, unknown> }>('../../shared/i18n/locales/*/*.json');
const languageOf = (path: string) => path.split('/').at(-2)!;

/** The languages Needle speaks: one per folder of catalogues. */
export const LANGUAGES = [...new Set(Object.keys(catalogues).map(languageOf))].sort();

/**
 * '?lang=pseudo' shows the English catalogues marked and accented (⟦Ŝàvé⟧), so a look at any page
 * (or the browser tests) finds text that does not come from a catalogue.
 */
export const PSEUDO = 'pseudo';
const ACCENTS: Record<string, string> = { a: 'à', e: 'é', i: 'î', o: 'ö', u: 'ü', A: 'Å', E: 'É', I: 'Î', O: 'Ö', U: 'Ü', c: 'ç', n: 'ñ', s: 'š', y: 'ý' };
const pseudo: PostProcessorModule = {
  type: 'postProcessor',
  name: 'pseudo',
  process: (value: string, _key: unknown, _options: unknown, translator: { language?: string }) =>
    translator.language === PSEUDO ? `⟦${value.replace(/[aeiouAEIOUcnsy]/g, (c) => ACCENTS[c]!)}⟧` : value,
};

export const LANGUAGE_STORAGE_KEY = 'needle.language';

void i18next
  .use(resourcesToBackend((lang: string, ns: string) => catalogues[`../../shared/i18n/locales/${lang === PSEUDO ? SOURCE_LANGUAGE : lang}/${ns}.json`]?.().then((m) => m.default) ?? Promise.resolve(null)))
  .use(LanguageDetector)
  .use(initReactI18next)
  .use(pseudo)
  .init({
    supportedLngs: [...LANGUAGES, PSEUDO],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: SOURCE_LANGUAGE,
    ns: STARTUP_NAMESPACES,
    defaultNS: 'common',
    postProcess: ['pseudo'],
    interpolation: { escapeValue: false }, // React escapes
    detection: {
      // A link's ?lang=es, then the person's last choice on this device, then the browser's languages.
      order: ['querystring', 'localStorage', 'navigator'],
      lookupQuerystring: 'lang',
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
  });

/** The language on screen: one of LANGUAGES, or the pseudo-language in a check. */
export function currentLanguage(): string {
  return i18next.resolvedLanguage ?? SOURCE_LANGUAGE;
}

/** The locale Intl writes a language's dates and numbers in, as its catalogue names it. */
export function intlLocale(lang: string): string {
  const named = i18next.getResource(lang === PSEUDO ? SOURCE_LANGUAGE : lang, 'common', 'language.locale');
  return typeof named === 'string' ? named : 'en-US';
}

addCountFormat(i18next, intlLocale);

i18next.on('languageChanged', (lang) => {
  document.documentElement.lang = lang === PSEUDO ? SOURCE_LANGUAGE : lang;
});

/** Shows Needle in another language; the choice is kept on this device. */
export function changeLanguage(lang: string): Promise<unknown> {
  return i18next.changeLanguage(lang);
}

/** The reader's dates and numbers. */
export function useFormats(): Formats {
  const { i18n } = useTranslation();
  return formatsFor(intlLocale(i18n.resolvedLanguage ?? SOURCE_LANGUAGE));
}

/**
 * The reader's words for shared code (verdict sentences, report text): waits until the named
 * namespaces have loaded, then gives a t that reaches every namespace as 'ns:key'.
 */
export function useWords(...namespaces: Namespace[]): Words {
  const { i18n } = useTranslation(['common', ...namespaces]);
  const lang = i18n.resolvedLanguage ?? SOURCE_LANGUAGE;
  return useMemo(() => makeWords(lang, i18n.getFixedT(lang, NAMESPACES) as unknown as Translate, intlLocale(lang)), [i18n, lang]);
}
