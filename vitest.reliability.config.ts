import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The crash test is the long one: start it first so the other files run beside it, not after it. */
class CrashFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files);
    return [...sorted.filter((f) => f.moduleId.endsWith('crash.test.ts')), ...sorted.filter((f) => !f.moduleId.endsWith('crash.test.ts'))];
  }
}

// `npm run test:reliability`: crash safety, backups, fuzzing, access, web attacks, concurrency
// (docs/reliability.md). Separate from the unit config: these start real servers and take longer.
export default defineConfig({
  test: {
    include: ['tests/reliability/**/*.test.ts'],
    env: { TZ: 'America/Chicago' },
    testTimeout: 150_000,
    hookTimeout: 60_000,
    sequence: { sequencer: CrashFirst },
    // The crash and backup parts mostly wait on child servers: two files at once even on 2 cores
    // (vitest's default there is one).
    maxWorkers: 2,
  },
});
