import { formatsFor } from './formats.ts';

// Transitional: English-only shortcuts while screens move to catalogues and the reader's formats.
/** @deprecated use the reader's Formats */
export const formatCount = formatsFor('en-US').count;

/** @deprecated a plural is a catalogue key with `count` */
export const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;
