import i18next, { type PostProcessorModule } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { useMemo } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { formatsFor, type Formats } from '../../shared/format/formats.ts';
import { addCountFormat } from '../../shared/i18n/count-format.ts';
import { NAMESPACES, pickLanguage, SOURCE_LANGUAGE, STARTUP_NAMESPACES, type Namespace } from '../../shared/i18n/languages.ts';
import type { Translate, Words } from '../../shared/i18n/words.ts';

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

// The page says which language it is in ('es', not the browser's 'es-US' that asked for it).
i18next.on('languageChanged', () => {
  const lang = currentLanguage();
  document.documentElement.lang = lang === PSEUDO ? SOURCE_LANGUAGE : lang;
});

/** The language this browser asks for first that Needle speaks, else English. */
export function browserLanguage(): string {
  return pickLanguage(navigator.languages, LANGUAGES) ?? SOURCE_LANGUAGE;
}

/** A language as it names itself: 'English', 'Español'. */
export function languageName(lang: string): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** Shows Needle in another language; the choice is kept on this device. */
export function changeLanguage(lang: string): Promise<unknown> {
  return i18next.changeLanguage(lang);
}

/** In the pseudo-language, dates and numbers are marked like catalogue text: they are not missing words. */
function marked(f: Formats): Formats {
  const mark = (fn: (...args: never[]) => string) => (...args: never[]) => `⟦${fn(...args)}⟧`;
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, typeof v === 'function' ? mark(v) : v])) as Formats;
}
const pseudoFormats = () => marked(formatsFor(intlLocale(SOURCE_LANGUAGE)));

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

/**
 * The reader's words for shared code (verdict sentences, report text): waits until the named
 * namespaces have loaded, then gives a t that reaches every namespace as 'ns:key'.
 */
export function useWords(...namespaces: Namespace[]): Words {
  const { i18n } = useTranslation(['common', ...namespaces]);
  const lang = i18n.resolvedLanguage ?? SOURCE_LANGUAGE;
  return useMemo(() => ({ lang, t: i18n.getFixedT(lang, NAMESPACES) as unknown as Translate, f: formatsOf(lang) }), [i18n, lang]);
}
