import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/integration/**'],
        },
      },
      {
        // Tests that spawn the project's commands as a maintainer would run them.
        test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts', 'tests/e2e/support/fixture-site-setup.ts'],
          // One browser, one server: pages are cheap, launching Chromium is not.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
