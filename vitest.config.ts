import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// `npm test` runs every project's tests in one run. Decorator metadata for the
// API comes from each file's nearest tsconfig.json (emitDecoratorMetadata).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', include: ['libs/**/src/**/*.test.ts'], environment: 'node' } },
      {
        plugins: [react()],
        // Page tests walk whole flows (upload, preview, commit, polling); on 2 cores shared with the browser
        // project's build, 5 s is not always enough. A stuck test still fails, after 20 s.
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['apps/web/src/test-utils/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'api',
          include: ['test/api/**/*.test.ts', 'apps/api/src/**/*.test.ts'],
          globalSetup: ['test/support/api-global-setup.ts'],
          setupFiles: ['test/support/global-setup-check.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/browser-global-setup.ts'],
          setupFiles: ['test/support/global-setup-check.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
