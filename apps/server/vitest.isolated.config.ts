import { serverTestConfig } from './vitest.config.ts';

// The server's test files that replace a module (vi.mock): each in a fresh worker (see vitest.config.ts).
export default serverTestConfig(true);
