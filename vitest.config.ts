import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    env: { TZ: 'America/Chicago' },
    // argon2 hashing is deliberately slow; a test that signs people up needs the headroom.
    testTimeout: 20_000,
    // Hooks build apps and databases too; on a loaded CI machine one took over the 10 s default.
    hookTimeout: 20_000,
    // Every test opens its own fresh database, so nothing a file leaves behind reaches the next:
    // reusing each worker across files skips re-importing the server per file (196 s → 77 s on
    // two cores, most of it import).
    isolate: false,
  },
});
