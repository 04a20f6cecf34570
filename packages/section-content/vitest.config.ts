import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'section-content', include: ['src/**/*.test.ts'] },
});
