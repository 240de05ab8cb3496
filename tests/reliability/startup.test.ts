// Start-up on a database the server can read but not write (a read-only mount, a file its user
// cannot write): the server must refuse to start and say why, not serve pages whose every change
// fails. As root, file modes do not stop writes, so the file is made immutable (chattr +i).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDb } from '../../server/db/client.ts';
import { clientDir, startServer, tempDir } from './server.ts';

const dir = tempDir('startup');
const client = clientDir();
const dbPath = join(dir, 'needle.db');

function chattr(flag: '+i' | '-i'): string | null {
  try {
    execFileSync('chattr', [flag, dbPath], { stdio: 'pipe' });
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

openDb(dbPath).$client.close();
const cannotLock = chattr('+i');

afterAll(() => {
  chattr('-i');
  rmSync(dir, { recursive: true, force: true });
  rmSync(client, { recursive: true, force: true });
});

it.skipIf(cannotLock !== null)('refuses to start on a database it cannot write, naming the file and the reason', async () => {
  const started = startServer({ dbPath, clientDir: client });
  await expect(started).rejects.toThrow(/exited with 1/);
  const message = await started.catch((err: Error) => err.message);
  expect(message).toContain(`Needle cannot write to its database ${dbPath}: attempt to write a readonly database.`);
  expect(message).toContain('NEEDLE_DB_PATH');
  expect(message).not.toMatch(/\n\s+at /); // a sentence for whoever runs it, not a stack trace
});

if (cannotLock) console.warn(`startup.test.ts: chattr +i is not available here (${cannotLock}); the read-only start-up test is skipped.`);
