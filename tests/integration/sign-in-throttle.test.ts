import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_FAILURE_LIMIT,
  clearAccountFailures,
  IP_FAILURE_LIMIT,
  recordSignInFailure,
  signInBlocked,
  THROTTLE_WINDOW_MS,
} from '../../server/auth/sign-in-throttle.ts';
import { signInFailure } from '../../server/db/schema.ts';
import { testDb } from '../helpers/db.ts';

const t0 = new Date('2026-05-01T15:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

describe('sign-in throttle', () => {
  it('blocks an account after the limit, whatever the email’s case, from any address', () => {
    const db = testDb();
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++) recordSignInFailure(db, i % 2 ? 'Rosa@Example.org' : 'rosa@example.org', `10.0.0.${i}`, t0);
    expect(signInBlocked(db, 'rosa@example.org', '10.9.9.9', t0)).toBeNull();
    recordSignInFailure(db, 'rosa@example.org', '10.0.0.99', t0);
    expect(signInBlocked(db, 'ROSA@example.org', '10.9.9.9', t0)).toMatch(/Too many failed sign-in attempts for this account/);
    expect(signInBlocked(db, 'someone-else@example.org', '10.0.0.1', t0)).toBeNull();
  });

  it('forgets failures older than the window', () => {
    const db = testDb();
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) recordSignInFailure(db, 'rosa@example.org', '10.0.0.1', t0);
    expect(signInBlocked(db, 'rosa@example.org', '10.0.0.1', later(THROTTLE_WINDOW_MS - 1))).not.toBeNull();
    expect(signInBlocked(db, 'rosa@example.org', '10.0.0.1', later(THROTTLE_WINDOW_MS))).toBeNull();
    // and prunes them when the next failure is recorded
    recordSignInFailure(db, 'rosa@example.org', '10.0.0.1', later(THROTTLE_WINDOW_MS + 1));
    expect(db.select().from(signInFailure).all()).toHaveLength(2);
  });

  it('blocks an address only at a much higher count, so one person’s typos do not lock out a school', () => {
    const db = testDb();
    for (let i = 0; i < IP_FAILURE_LIMIT - 1; i++) recordSignInFailure(db, `person${i}@example.org`, '10.0.0.1', t0);
    expect(signInBlocked(db, 'new@example.org', '10.0.0.1', t0)).toBeNull();
    recordSignInFailure(db, 'last@example.org', '10.0.0.1', t0);
    expect(signInBlocked(db, 'new@example.org', '10.0.0.1', t0)).toMatch(/from this network/);
    expect(signInBlocked(db, 'new@example.org', '10.0.0.2', t0)).toBeNull();
  });

  it('clears an account’s count on success, not its address’s', () => {
    const db = testDb();
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) recordSignInFailure(db, 'rosa@example.org', '10.0.0.1', t0);
    clearAccountFailures(db, 'Rosa@Example.org');
    expect(signInBlocked(db, 'rosa@example.org', '10.0.0.1', t0)).toBeNull();
    expect(db.select().from(signInFailure).all()).toHaveLength(ACCOUNT_FAILURE_LIMIT);
  });
});
