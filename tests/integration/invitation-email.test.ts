// An invitation can also go by email: queued in the outbox in the invitation's own transaction,
// only while this Needle sends email, and the list says where it went.
import { describe, expect, it } from 'vitest';
import { invitation, mailOutbox } from '../../server/db/schema.ts';
import { setMailOn } from '../../server/mail/outbox.ts';
import { auditRows, testDb } from '../helpers/db.ts';
import { scene } from '../helpers/scene.ts';
import { callerFor, failure } from '../helpers/trpc.ts';

const base = { role: 'member', expiresInDays: 7, maxUses: 1 } as const;

describe('invitation.create with an email address', () => {
  it('queues the invitation email with the token in the same transaction, and the list says where it went', async () => {
    const db = testDb();
    setMailOn(db, true);
    const s = await scene(db);
    const caller = callerFor(db, s.facilitator);
    const created = await caller.invitation.create({ networkId: s.networkA, ...base, email: ' Nia@Example.org ' });
    expect(created.sentTo).toBe('nia@example.org');
    const [mail] = db.select().from(mailOutbox).all();
    expect(mail).toMatchObject({ to: 'nia@example.org', userId: null, kind: 'invitation', status: 'pending' });
    expect(mail!.payload).toEqual({ kind: 'invitation', invitationId: created.id, token: created.token });
    // The token in the email opens the invitation.
    expect((await callerFor(db, null).invitation.preview({ token: created.token })).state).toBe('active');

    const plain = await caller.invitation.create({ networkId: s.networkA, ...base, email: '' });
    expect(plain.sentTo).toBeNull();
    const list = await caller.invitation.list({ networkId: s.networkA });
    expect(list.map((i) => [i.id, i.sentTo])).toEqual([
      [plain.id, null],
      [created.id, 'nia@example.org'],
    ]);
    expect(db.select().from(mailOutbox).all()).toHaveLength(1);
  });

  it('refuses an address while email is off, on the email field, and writes nothing', async () => {
    const db = testDb();
    const s = await scene(db);
    const auditsBefore = auditRows(db).length;
    const error = await failure(callerFor(db, s.facilitator).invitation.create({ networkId: s.networkA, ...base, email: 'nia@example.org' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/cannot send email/);
    expect(db.select().from(invitation).all()).toEqual([]);
    expect(db.select().from(mailOutbox).all()).toEqual([]);
    expect(auditRows(db)).toHaveLength(auditsBefore);
    // Without an address it works as before.
    expect((await callerFor(db, s.facilitator).invitation.create({ networkId: s.networkA, ...base })).sentTo).toBeNull();
  });

  it('queues nothing when the invitation itself is refused', async () => {
    const db = testDb();
    setMailOn(db, true);
    const s = await scene(db);
    await failure(callerFor(db, s.facilitator).invitation.create({ networkId: s.networkA, role: 'lead', expiresInDays: 7, maxUses: 1, email: 'nia@example.org' }));
    expect(db.select().from(mailOutbox).all()).toEqual([]);
  });
});
