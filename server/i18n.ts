import { existsSync, readdirSync, readFileSync } from 'node:fs';
import i18next, { type Resource } from 'i18next';
import { addCountFormat } from '../shared/i18n/count-format.ts';
import { NAMESPACES, pickLanguage, SOURCE_LANGUAGE } from '../shared/i18n/languages.ts';
import { markedFormats, PSEUDO, pseudoProcessor } from '../shared/i18n/pseudo.ts';
import { makeWords, type Translate, type Words } from '../shared/i18n/words.ts';

// The server writes in the reader's language too: error messages, exports, page previews. It
// reads every catalogue once at start, the same files the client loads one by one.
const LOCALES = new URL('../shared/i18n/locales/', import.meta.url);

/** The languages Needle speaks: one per folder of catalogues. */
export const LANGUAGES = readdirSync(LOCALES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function readCatalogues(): Resource {
  const resources: Resource = {};
  for (const lang of LANGUAGES) {
    resources[lang] = {};
    for (const ns of NAMESPACES) {
      const file = new URL(`${lang}/${ns}.json`, LOCALES);
      if (existsSync(file)) resources[lang][ns] = JSON.parse(readFileSync(file, 'utf8'));
    }
  }
  return resources;
}

const resources = readCatalogues();
// The pseudo-language reads English, marked: a check, never a language anyone chooses.
resources[PSEUDO] = resources[SOURCE_LANGUAGE]!;

const i18n = i18next.createInstance();
void i18n.use(pseudoProcessor).init({
  resources,
  supportedLngs: [...LANGUAGES, PSEUDO],
  postProcess: ['pseudo'],
  fallbackLng: SOURCE_LANGUAGE,
  ns: NAMESPACES,
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // what is written here is escaped where it is shown
  initAsync: false,
});

const localeOf = (lang: string) => {
  const named = i18n.getResource(supportedLanguage(lang), 'common', 'language.locale');
  return typeof named === 'string' ? named : 'en-US';
};
addCountFormat(i18n, localeOf);

/** A supported language, or English for anything else. */
export function supportedLanguage(lang: string | null | undefined): string {
  return lang && LANGUAGES.includes(lang) ? lang : SOURCE_LANGUAGE;
}

/** What a request may be answered in: a supported language or, for the checks, the pseudo-language. */
const answerable = (lang: string | null | undefined) => (lang === PSEUDO ? PSEUDO : supportedLanguage(lang));

const wordsCache = new Map<string, Words>();

/** The words of a language for shared code: its catalogue and its Intl formats. */
export function wordsFor(lang: string | null | undefined): Words {
  const language = answerable(lang);
  let words = wordsCache.get(language);
  if (!words) {
    words = makeWords(language, i18n.getFixedT(language, NAMESPACES) as unknown as Translate, localeOf(language));
    if (language === PSEUDO) words = { ...words, f: markedFormats(words.f) };
    wordsCache.set(language, words);
  }
  return words;
}

type Headers = Record<string, string | string[] | undefined>;
const header = (headers: Headers, name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The header the app sends with every call: the language it shows. */
export const LANGUAGE_HEADER = 'x-needle-language';

/**
 * The language to answer a request in: what the app on screen shows, else the signed-in person's
 * choice, else what the browser asks for, else English.
 */
export function requestLanguage(headers: Headers, chosen: string | null | undefined): string {
  const shown = header(headers, LANGUAGE_HEADER);
  if (shown && (LANGUAGES.includes(shown) || shown === PSEUDO)) return shown;
  if (chosen && LANGUAGES.includes(chosen)) return chosen;
  return pickLanguage(header(headers, 'accept-language'), LANGUAGES) ?? SOURCE_LANGUAGE;
}

/**
 * The language a page opens in before its script runs (for <html lang> and link previews): a
 * link's ?lang=, else what the browser asks for. The app then follows the person's own choice.
 */
export function pageLanguage(url: string, headers: Headers): string {
  const linked = new URL(url, 'http://page').searchParams.get('lang');
  if (linked && LANGUAGES.includes(linked)) return linked;
  return pickLanguage(header(headers, 'accept-language'), LANGUAGES) ?? SOURCE_LANGUAGE;
}
