import { formatsFor } from './formats.ts';

// Transitional: English-only shortcuts while screens move to the reader's formats (formatsFor).
const en = formatsFor('en-US');
/** @deprecated use the reader's Formats */
export const formatDay = en.day;
/** @deprecated use the reader's Formats */
export const formatShortDay = en.shortDay;
/** @deprecated use the reader's Formats */
export const formatPeriod = en.period;
/** @deprecated use the reader's Formats */
export const formatMomentDay = en.momentDay;
/** @deprecated use the reader's Formats */
export const formatDate = en.date;
/** @deprecated use the reader's Formats */
export const formatDateTime = en.dateTime;
/** @deprecated use the reader's Formats */
export const formatTime = en.time;
