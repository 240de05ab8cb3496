import type { i18n } from 'i18next';
import { countIn } from '../format/count.ts';

/**
 * `{{n, count}}` in a catalogue: a number as the language's own locale writes it ('20,000' in US
 * English and US Spanish alike), where i18next's built-in `number` would use the bare language
 * ('20.000' for 'es').
 */
export function addCountFormat(instance: i18n, localeOf: (lang: string) => string): void {
  instance.services.formatter?.add('count', (value, lang) => countIn(localeOf(lang ?? 'en'), Number(value)));
}
