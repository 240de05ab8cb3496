import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCheckpointer } from '../../server/db/checkpointer.ts';
import { openDb } from '../../server/db/client.ts';
import { partnerOrganization } from '../../server/db/schema.ts';
import { tempDir } from '../reliability/server.ts';

describe('the checkpoint thread', () => {
  it('copies the log into the database while the server connection leaves it alone, and hands the job back when it stops', async () => {
    const dir = tempDir('checkpointer');
    const path = join(dir, 'needle.db');
    try {
      const db = openDb(path);
      const failures: Error[] = [];
      const checkpointer = startCheckpointer(db, (err) => failures.push(err), 20);
      expect(db.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      const before = statSync(path).size;
      // About 3 MB of new pages: they go to the log first, and reach the database file only by a checkpoint.
      db.$client.transaction(() => {
        for (let i = 0; i < 3000; i++) db.insert(partnerOrganization).values({ name: `Organization ${i} ${'x'.repeat(900)}`, sector: 'education' }).run();
      })();
      await expect.poll(() => statSync(path).size, { timeout: 5000 }).toBeGreaterThan(before + 2_000_000);
      await checkpointer.stop();
      expect(failures).toEqual([]);
      expect(db.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
      expect(db.select().from(partnerOrganization).all()).toHaveLength(3000);
      db.$client.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does nothing for a database in memory', async () => {
    const db = openDb(':memory:');
    await startCheckpointer(db, () => {}).stop();
    db.$client.close();
  });
});
