import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../../server/auth/password.ts';
import { account, user } from '../../server/db/schema.ts';
import { auditRows, testDb } from '../helpers/db.ts';
import { callerFor, clientFor, failure, outcome } from '../helpers/trpc.ts';

const first = { name: 'Ada Admin', email: '  Ada@Example.ORG ', password: 'amber-window-canyon-19' };

describe('setup', () => {
  it('needs a first administrator only while nobody exists', async () => {
    const db = testDb();
    const anonymous = callerFor(db, null);
    expect(await anonymous.setup.status()).toEqual({ needsFirstAdmin: true, mailOn: false });
    await anonymous.setup.createAdmin(first);
    expect(await anonymous.setup.status()).toEqual({ needsFirstAdmin: false, mailOn: false });
  });

  it('creates the first administrator with a hashed credential and an audit row', async () => {
    const db = testDb();
    const { userId } = await callerFor(db, null).setup.createAdmin(first);

    const row = db.select().from(user).get()!;
    expect(row).toMatchObject({ id: userId, name: 'Ada Admin', email: 'ada@example.org', isAdmin: true, deactivatedAt: null });
    const cred = db.select().from(account).get()!;
    expect(cred).toMatchObject({ userId, accountId: userId, providerId: 'credential' });
    expect(cred.password).not.toContain(first.password);
    expect(cred.password).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(cred.password!, first.password)).toBe(true);

    expect(auditRows(db)).toMatchObject([{ actorId: userId, action: 'setup.createAdmin', entityType: 'user', entityId: userId }]);
  });

  it('refuses a second administrator with CONFLICT and writes nothing', async () => {
    const db = testDb();
    await callerFor(db, null).setup.createAdmin(first);
    const error = await failure(
      callerFor(db, null).setup.createAdmin({ name: 'Mallory', email: 'mallory@example.org', password: 'another-long-phrase-88' }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/already has an administrator/);
    expect(db.select().from(user).all()).toHaveLength(1);
    expect(db.select().from(account).all()).toHaveLength(1);
    expect(auditRows(db)).toHaveLength(1);
  });

  it('lets only one of two simultaneous first-run screens win', async () => {
    const db = testDb();
    const anonymous = callerFor(db, null);
    const results = await Promise.all([
      outcome(anonymous.setup.createAdmin({ ...first, email: 'one@example.org' })),
      outcome(anonymous.setup.createAdmin({ ...first, email: 'two@example.org' })),
    ]);
    expect(results.sort()).toEqual(['CONFLICT', 'OK']);
    expect(db.select().from(user).all()).toHaveLength(1);
    expect(auditRows(db)).toHaveLength(1);
  });

  it('refuses a common password with a field error on password, whatever its case, and writes nothing', async () => {
    const db = testDb();
    for (const password of ['iloveyou', 'Password1', 'QWERTYUIOP']) {
      try {
        await clientFor(db, null).setup.createAdmin.mutate({ ...first, password });
        expect.unreachable(`${password} was accepted`);
      } catch (e) {
        if (!(e instanceof TRPCClientError)) throw e;
        expect(e.data?.code).toBe('BAD_REQUEST');
        expect(e.data?.appCode).toBe('PASSWORD_TOO_COMMON');
        expect(e.shape?.data.fieldErrors).toEqual({ password: ['This password is too common. Choose one that is harder to guess.'] });
      }
    }
    expect(db.select().from(user).all()).toHaveLength(0);
    expect(auditRows(db)).toHaveLength(0);
    expect(await callerFor(db, null).setup.status()).toEqual({ needsFirstAdmin: true, mailOn: false });
  });
});
