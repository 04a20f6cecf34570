import { defineConfig } from 'vitest/config';

// One vitest run covers every workspace project; each has its own config beside it.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/server', 'apps/web'],
  },
});
