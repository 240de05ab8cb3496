/** @deprecated transitional: the reader's locale comes with their Words (shared/i18n/words.ts). */
export const LOCALE = 'en-US';
