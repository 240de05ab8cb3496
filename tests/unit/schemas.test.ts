import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../server/i18n.ts';
import { translateMessage } from '../../shared/i18n/message.ts';
import { newAccountInput, signInInput } from '../../shared/schemas/auth.ts';
import { emailSchema, idSchema, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordSchema, personNameSchema } from '../../shared/schemas/common.ts';
import { invitationCreateInput, invitationTokenSchema } from '../../shared/schemas/invitation.ts';
import { setMyOrganizationInput } from '../../shared/schemas/membership.ts';
import { networkFields } from '../../shared/schemas/network.ts';

// A schema's messages are catalogue keys, said where they are shown: here, in English.
const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }, lang = 'en') =>
  r.error?.issues.map((i) => translateMessage(wordsFor(lang).t, i.message)) ?? [];

describe('emailSchema', () => {
  it('trims and lowercases, so one person is one email', () => {
    expect(emailSchema.parse('  Rosa.Parks@Example.ORG ')).toBe('rosa.parks@example.org');
  });

  it('explains what is wrong', () => {
    expect(messages(emailSchema.safeParse(''))).toEqual(['Enter an email address']);
    expect(messages(emailSchema.safeParse('   '))).toEqual(['Enter an email address']);
    expect(messages(emailSchema.safeParse('rosa@'))).toEqual(['Enter a valid email address, like name@example.org']);
    expect(messages(emailSchema.safeParse(`${'a'.repeat(250)}@example.org`))).toEqual(['That email address is too long']);
    expect(messages(emailSchema.safeParse('rosa@'), 'es')).toEqual(['Escriba un correo electrónico válido, como nombre@ejemplo.org']);
  });
});

describe('passwordSchema', () => {
  it(`accepts ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters, spaces and all`, () => {
    expect(PASSWORD_MIN_LENGTH).toBe(8);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
    expect(passwordSchema.safeParse('a'.repeat(8)).success).toBe(true);
    expect(passwordSchema.safeParse('a'.repeat(128)).success).toBe(true);
    expect(passwordSchema.parse(' four words with spaces ')).toBe(' four words with spaces ');
    expect(messages(passwordSchema.safeParse('a'.repeat(7)))).toEqual(['Use at least 8 characters']);
    expect(messages(passwordSchema.safeParse('a'.repeat(129)))).toEqual(['Use at most 128 characters']);
    expect(messages(passwordSchema.safeParse('a'.repeat(7)), 'es')).toEqual(['Use al menos 8 caracteres']);
  });

  it('counts characters, so a passphrase of 8 accented letters is long enough', () => {
    expect(passwordSchema.safeParse('éééééééé').success).toBe(true);
  });
});

describe('other schemas', () => {
  it('trims names, collapses runs of spaces and requires something', () => {
    expect(personNameSchema.parse('  Rosa  ')).toBe('Rosa');
    expect(personNameSchema.parse('Rosa \t  María\nDelgado')).toBe('Rosa María Delgado');
    expect(personNameSchema.safeParse('   ').success).toBe(false);
    expect(personNameSchema.safeParse('x'.repeat(100)).success).toBe(true);
    expect(messages(personNameSchema.safeParse('x'.repeat(101)))).toEqual(['Keep the name under 100 characters']);
  });

  it('refuses a role written into a name as a title, and keeps names that only contain a role word', () => {
    for (const name of ['Maria Delgado (Lead)', 'Maria (site admin) Delgado', 'Maria Delgado [Facilitator]', 'Maria Delgado – Lead', 'Maria Delgado, administrator', 'Maria Delgado | Staff', 'Maria: Member']) {
      expect(messages(personNameSchema.safeParse(name)), name).toEqual(['Leave your role out of your name: Needle shows it beside your name']);
    }
    for (const name of ['Lee Lead', 'Ana Member-Smith', 'Sam Okafor (backbone data)', 'José (Pepe) Núñez', 'Ngozi Adeyemi-Leader', 'Administrator']) {
      expect(personNameSchema.safeParse(name).success, name).toBe(true);
    }
  });

  it('refuses hidden characters that could disguise a name', () => {
    expect(messages(personNameSchema.safeParse('Rosa\u202EskraP'))).toEqual(['Remove the hidden characters from the name']);
    expect(personNameSchema.safeParse('Rosa\u0000Parks').success).toBe(false);
  });

  it('checks a megabyte of brackets quickly', () => {
    const started = performance.now();
    expect(personNameSchema.safeParse('('.repeat(1_000_000)).success).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('accepts only positive whole ids', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '1']) expect(idSchema.safeParse(bad).success).toBe(false);
    expect(idSchema.parse(1)).toBe(1);
  });

  it('normalises a new account and a sign-in the same way', () => {
    expect(newAccountInput.parse({ name: ' Rosa ', email: ' ROSA@example.org', password: 'amber-window-canyon' })).toEqual({
      name: 'Rosa',
      email: 'rosa@example.org',
      password: 'amber-window-canyon',
    });
    expect(signInInput.parse({ email: 'ROSA@example.org ', password: 'x' }).email).toBe('rosa@example.org');
    expect(messages(signInInput.safeParse({ email: 'rosa@example.org', password: '' }))).toEqual(['Enter your password']);
  });

  it('accepts invitation tokens of exactly 43 base64url characters', () => {
    expect(invitationTokenSchema.safeParse('aZ09_-'.repeat(7) + 'x').success).toBe(true);
    for (const bad of ['a'.repeat(42), 'a'.repeat(44), `${'a'.repeat(42)}=`, `${'a'.repeat(42)}/`]) {
      expect(invitationTokenSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('offers only the listed expiry periods and use counts', () => {
    const base = { networkId: 1, role: 'member', maxUses: 1 };
    expect([1, 7, 14, 30].map((d) => invitationCreateInput.safeParse({ ...base, expiresInDays: d }).success)).toEqual([true, true, true, true]);
    expect([0, 2, 31, 365].map((d) => invitationCreateInput.safeParse({ ...base, expiresInDays: d }).success)).toEqual([false, false, false, false]);
    expect(invitationCreateInput.safeParse({ ...base, expiresInDays: 7, maxUses: 200 }).success).toBe(true);
    expect(invitationCreateInput.safeParse({ ...base, expiresInDays: 7, maxUses: 201 }).success).toBe(false);
  });

  it('names the network-fields errors in plain words', () => {
    expect(messages(networkFields.safeParse({ name: 'ab', outcomeArea: 'x', status: 'y' }))).toEqual([
      'Give the network a name of at least 3 characters',
      'Choose an outcome area',
      'Choose a status',
    ]);
  });

  it('tells the organization choices apart by kind', () => {
    expect(setMyOrganizationInput.parse({ networkId: 1, organization: { kind: 'new', name: ' Eastside Library ', sector: 'faith' } }).organization).toEqual({
      kind: 'new',
      name: 'Eastside Library',
      sector: 'faith',
    });
    expect(setMyOrganizationInput.safeParse({ networkId: 1, organization: { kind: 'existing' } }).success).toBe(false);
  });
});
