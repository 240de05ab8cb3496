import type { TFunction } from 'i18next';
import { formatsFor, type Formats } from '../format/formats.ts';
import type { NAMESPACES } from './languages.ts';

/** A t that reaches the common namespace by key and every other as 'ns:key'. */
export type Translate = TFunction<typeof NAMESPACES>;

/**
 * What shared code needs to write a sentence for one reader: their catalogue (t, which reaches any
 * namespace as 'ns:key') and their dates and numbers (f). The client makes one for the language on
 * screen, the server one per request or export.
 */
export type Words = { lang: string; t: Translate; f: Formats };

export function makeWords(lang: string, t: Translate, locale: string): Words {
  return { lang, t, f: formatsFor(locale) };
}
