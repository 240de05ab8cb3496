import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { addCountFormat } from '../../shared/i18n/count-format.ts';
import { pickLanguage, SOURCE_LANGUAGE, STARTUP_NAMESPACES } from '../../shared/i18n/languages.ts';
import { PSEUDO, pseudoProcessor } from '../../shared/i18n/pseudo.ts';

// Each catalogue file is its own chunk: a page loads its language's files for the namespaces it
// uses, and nothing of the languages it does not show.
const catalogues = import.meta.glob<{ default: Record<string, unknown> }>('../../shared/i18n/locales/*/*.json');
const languageOf = (path: string) => path.split('/').at(-2)!;

/** The languages Needle speaks: one per folder of catalogues. */
export const LANGUAGES = [...new Set(Object.keys(catalogues).map(languageOf))].sort();

export { PSEUDO };

export const LANGUAGE_STORAGE_KEY = 'needle.language';

/**
 * The language to open in: a link's ?lang=es, then the person's last choice on this device, then
 * the browser's languages, then English. (A few lines here instead of a detector library: this
 * runs in the first script every page waits for.)
 */
function firstLanguage(): string {
  const known = (lang: string | null) => lang !== null && (LANGUAGES.includes(lang) || lang === PSEUDO);
  const linked = new URLSearchParams(location.search).get('lang');
  if (known(linked)) return linked!;
  const kept = storedLanguage();
  if (known(kept)) return kept!;
  return pickLanguage(navigator.languages, LANGUAGES) ?? SOURCE_LANGUAGE;
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage turned off: the browser's languages decide
  }
}

/** i18next reads a catalogue by loading its chunk (the pseudo-language reads English's). */
const chunks: BackendModule = {
  type: 'backend',
  init: () => {},
  read(lang, ns, done) {
    const load = catalogues[`../../shared/i18n/locales/${lang === PSEUDO ? SOURCE_LANGUAGE : lang}/${ns}.json`];
    if (!load) return done(null, {});
    load().then(
      (m) => done(null, m.default),
      (err: Error) => done(err, null),
    );
  },
};

/** The language the page opens in (i18next names it only once its catalogues are in). */
export const openingLanguage = firstLanguage();

/** Settles once the start-up catalogues of the first language are in (or failed to load). */
export const startupCatalogues: Promise<unknown> = i18next
  .use(chunks)
  .use(initReactI18next)
  .use(pseudoProcessor)
  .init({
    lng: openingLanguage,
    supportedLngs: [...LANGUAGES, PSEUDO],
    fallbackLng: SOURCE_LANGUAGE,
    ns: STARTUP_NAMESPACES,
    defaultNS: 'common',
    postProcess: ['pseudo'],
    interpolation: { escapeValue: false }, // React escapes
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

// The page says which language it is in, and the device keeps it for the next visit.
i18next.on('languageChanged', () => {
  const lang = currentLanguage();
  document.documentElement.lang = lang === PSEUDO ? SOURCE_LANGUAGE : lang;
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // storage turned off: the choice lasts as long as the page
  }
});

/** The language this browser asks for first that Needle speaks, else English. */
export function browserLanguage(): string {
  return pickLanguage(navigator.languages, LANGUAGES) ?? SOURCE_LANGUAGE;
}

/** Shows Needle in another language; the choice is kept on this device. */
export function changeLanguage(lang: string): Promise<unknown> {
  return i18next.changeLanguage(lang);
}

