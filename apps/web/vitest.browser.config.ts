import { defineConfig } from 'vitest/config';

// The browser tests: each file starts the built product and Chromium (e2e/browser.ts). They run
// after every other project (groupOrder), so that the server's tests, busy on both cores, do
// not slow the pages they wait on.
export default defineConfig({
  test: {
    name: 'browser',
    environment: 'node',
    include: ['e2e/**/*.test.ts'],
    setupFiles: ['e2e/setup.ts'],
    // The files share their worker's modules (playwright-core, axe-core's source): each file still
    // starts its own product and Chromium, and nothing in e2e/*.ts keeps state between files.
    isolate: false,
    sequence: { groupOrder: 1 },
    // One at a time: two at once gained a minute and cost a flaky page under CI's load.
    maxWorkers: 1,
    // A page answers within a second when the machine is idle, not always when it is busy:
    // expect.poll waits up to 15 s by default here (vitest's own default is 1 s).
    expect: { poll: { timeout: 15_000 } },
  },
});
