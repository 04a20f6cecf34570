import { defineConfig } from 'vitest/config';

// The browser tests: each file starts the built product and Chromium (e2e/browser.ts). They run
// after every other project (groupOrder), so that the server's tests, busy on both cores, do
// not slow the pages they wait on.
export default defineConfig({
  test: {
    name: 'browser',
    environment: 'node',
    include: ['e2e/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    sequence: { groupOrder: 1 },
  },
});
