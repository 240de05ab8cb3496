import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    env: { TZ: 'America/Chicago' },
    // argon2 hashing is deliberately slow; a test that signs people up needs the headroom.
    testTimeout: 20_000,
  },
});
