import { LOCALE } from './locale.ts';

const whole = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });

/** '1,204'; a fraction keeps at most two digits. */
export const formatCount = (n: number) => whole.format(n);

/** '1 cycle', '1,204 cycles'; the plural is the word with an s unless it is given. */
export const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;
