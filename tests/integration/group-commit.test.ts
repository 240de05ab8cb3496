import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../server/db/client.ts';
import { groupCommit } from '../../server/db/group-commit.ts';
import { partnerOrganization } from '../../server/db/schema.ts';
import { tempDir } from '../reliability/server.ts';

describe('group commit', () => {
  it('leaves a database in memory as it was', async () => {
    const db = openDb(':memory:');
    const commits = groupCommit(db);
    await commits.durable();
    expect(db.$client.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('commits without waiting for the disk and confirms writes with an fsync that began after them', async () => {
    const dir = tempDir('group-commit');
    try {
      const db = openDb(join(dir, 'needle.db'));
      const commits = groupCommit(db);
      expect(db.$client.pragma('synchronous', { simple: true })).toBe(1);
      const order: string[] = [];
      db.insert(partnerOrganization).values({ name: 'First', sector: 'education' }).run();
      const first = commits.durable().then(() => order.push('first'));
      // Written while the first fsync runs: it may not cover this, so this waits for the next.
      db.insert(partnerOrganization).values({ name: 'Second', sector: 'health' }).run();
      const second = commits.durable().then(() => order.push('second'));
      const alsoSecond = Array.from({ length: 20 }, () => commits.durable());
      await Promise.all([first, second, ...alsoSecond]);
      expect(order).toEqual(['first', 'second']);
      await commits.durable();
      commits.close();
      db.$client.close();
      // What the server acknowledged is there when the database opens again.
      const reopened = openDb(join(dir, 'needle.db'));
      expect(reopened.select().from(partnerOrganization).all().map((o) => o.name)).toEqual(['First', 'Second']);
      reopened.$client.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
