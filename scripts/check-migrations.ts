// Fails when server/db/schema.ts and the committed migrations in drizzle/ differ: drizzle-kit
// generates into a scratch copy (given as a relative path: drizzle-kit prefixes './'), and any new file there means a migration was not committed.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'needle-migrations-'));
try {
  cpSync('drizzle', join(scratch, 'drizzle'), { recursive: true });
  const config = join(scratch, 'drizzle.config.json');
  writeFileSync(config, JSON.stringify({ dialect: 'sqlite', schema: './server/db/schema.ts', out: relative(process.cwd(), join(scratch, 'drizzle')) }));
  const before = readdirSync(join(scratch, 'drizzle')).length;
  const output = execFileSync('npx', ['drizzle-kit', 'generate', '--config', config], { encoding: 'utf8' });
  const after = readdirSync(join(scratch, 'drizzle')).length;
  if (after !== before || !/No schema changes/i.test(output)) {
    console.error('The schema and the committed migrations differ. Run `npm run db:generate` and commit drizzle/.');
    console.error(output);
    process.exit(1);
  }
  console.log('Migrations are in sync with server/db/schema.ts.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
