import { z } from 'zod';
import { message } from '../i18n/message.ts';
import '../i18n/zod-messages.ts';

export const idSchema = z.number().int().positive();

/**
 * The id a device gives a queued update (its outbox entry), so a replay of an update that already
 * landed gets its first answer back instead of conflicting with itself. Optional: online saves
 * need none.
 */
export const writeIdSchema = z.uuid({ message: message('validation:cycle.aChangeSentFromA') }).optional();

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, message('validation:common.enterAnEmailAddress'))
  .max(254, message('validation:common.thatEmailAddressIsToo'))
  .pipe(z.email({ message: message('validation:common.enterAValidEmailAddress') }));

const ROLE_WORDS = 'lead|leader|facilitator|member|admin|administrator|site admin|staff|moderator|owner|organi[sz]er';
/**
 * A role set off from the name as a title: in brackets ("Maria Delgado (Lead)") or after a spaced
 * dash, a comma, a colon or a bar at the end ("Maria Delgado - Facilitator"). Needle shows each
 * person's real role beside their name, so a title in the name could only mislead. A role word
 * that is part of a name ("Lee Lead", "Ana Member-Smith") and other bracketed notes stay allowed.
 */
const ROLE_AS_TITLE = new RegExp(`[([{][^)\\]}]*\\b(${ROLE_WORDS})\\b|(\\s[-\u2013\u2014]|[,:|/])\\s*(${ROLE_WORDS})\\s*$`, 'i');
// Control characters and the ones that reverse the direction of the text after them.
const HIDDEN = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/** A person's name, the same rule at sign-up and when they change it: trimmed, spaces collapsed. */
export const personNameSchema = z
  .string()
  .trim()
  .overwrite((name) => name.replace(/\s+/g, ' '))
  .min(1, message('validation:common.enterAName'))
  .max(100, message('validation:common.keepTheNameUnder100'))
  .refine((name) => !HIDDEN.test(name), message('validation:common.removeTheHiddenCharactersFrom'))
  // zod runs this even after max failed: a long name is refused already, and skipping it keeps
  // the pattern off a megabyte of brackets.
  .refine((name) => name.length > 100 || !ROLE_AS_TITLE.test(name), message('validation:common.leaveYourRoleOutOf'));

/** A language code of a catalogue ('es'); the server checks it is one it has. */
export const languageCodeSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, message('validation:common.languageCode'));

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

// Whether a password is too common is checked on the server against a list of common
// passwords; the list is too large to ship to the browser.
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, message('validation:common.passwordAtLeast', { min: PASSWORD_MIN_LENGTH }))
  .max(PASSWORD_MAX_LENGTH, message('validation:common.passwordAtMost', { max: PASSWORD_MAX_LENGTH }));

/** A calendar date as the person means it, with no time zone: 'YYYY-MM-DD'. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, message('validation:common.enterADate'))
  .refine((d) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, day));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === day;
  }, message('validation:common.enterARealDate'));
