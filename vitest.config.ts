import { defineConfig } from 'vitest/config';

// One vitest run covers every workspace project; each has its own config beside it.
// Two files at a time: vitest's default on a 2-core machine is one (cores - 1), and most of a
// file's time is spent waiting on its own server, database or browser, not on the test itself.
export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: ['packages/*', 'apps/server/vitest.config.ts', 'apps/server/vitest.isolated.config.ts', 'apps/web/vitest.config.ts', 'apps/web/vitest.browser.config.ts'],
  },
});
