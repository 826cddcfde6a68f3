import { defineConfig } from 'vitest/config';

// Unit and golden-file tests: fixed clock zone so date handling is tested as in CI.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
  },
});
