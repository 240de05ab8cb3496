import { z } from 'zod';

export const idSchema = z.number().int().positive();

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Enter an email address')
  .max(254, 'That email address is too long')
  .pipe(z.email({ message: 'Enter a valid email address, like name@example.org' }));

export const personNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name')
  .max(100, 'Keep the name under 100 characters');

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

// Whether a password is too common is checked on the server against a list of common
// passwords; the list is too large to ship to the browser.
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`);

/** A calendar date as the person means it, with no time zone: 'YYYY-MM-DD'. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date')
  .refine((d) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, day));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === day;
  }, 'Enter a real date');
