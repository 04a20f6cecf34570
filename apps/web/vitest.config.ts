import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Component tests, in jsdom. The browser tests (e2e/, driving Chromium from node) are the
// 'browser' project, in vitest.browser.config.ts.
export default defineConfig({
  plugins: [react()],
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
  },
});
