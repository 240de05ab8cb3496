import type { ParseKeys } from 'i18next';
import type { NAMESPACES } from './languages.ts';
import type { Translate } from './words.ts';

/** Any catalogue key, as 'ns:key' ('common' keys too). */
export type MessageKey = ParseKeys<typeof NAMESPACES>;
export type MessageValues = Record<string, string | number>;

// A schema's validation message cannot be written in the reader's language where the schema is
// declared (shared code, run in the browser and on the server). It is written as its catalogue key
// with its values, 'validation:password.tooShort|{"count":8}', and translated where it is shown.
const SEPARATOR = '|';
const KEYED = /^[a-z]+:[\w.-]+(\|\{.*\})?$/s;

/** A message to translate later: its key and values as one string. */
export function message(key: MessageKey, values?: MessageValues): string {
  return values ? `${key}${SEPARATOR}${JSON.stringify(values)}` : key;
}

/** The key and values of a message made by `message`; null for text already in words. */
export function readMessage(text: string): { key: MessageKey; values: MessageValues } | null {
  if (!KEYED.test(text)) return null;
  const at = text.indexOf(SEPARATOR);
  if (at < 0) return { key: text as MessageKey, values: {} };
  try {
    return { key: text.slice(0, at) as MessageKey, values: JSON.parse(text.slice(at + 1)) as MessageValues };
  } catch {
    return null;
  }
}

/** A message in the reader's words: keyed messages translated, anything else as it came. */
export function translateMessage(t: Translate, text: string): string {
  const keyed = readMessage(text);
  return keyed ? (t(keyed.key, keyed.values) as string) : text;
}
