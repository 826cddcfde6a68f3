import { defineConfig } from 'vitest/config';

// End-to-end tests: the freshly built site in real Chromium. Two files at a time: most of a
// file's time is spent waiting on Chromium or on a build of its own, so a second file fills
// the idle core. Builds running side by side each keep Astro's intermediate files in their own
// folder (build-site.ts, astroWorkingDir) and share the build caches safely (storeEntry).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
