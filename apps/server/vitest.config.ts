import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// The server's tests share their workers (isolate: false): each file still starts a server and a
// database of its own, but the server's modules load once per worker, not once per file, which
// halved the project's time. A file that replaces a module (vi.mock) needs modules loaded afresh:
// name it *.isolated.test.ts and it runs in the 'server-isolated' project (vitest.isolated.config.ts).
export const serverTestConfig = (isolated: boolean) =>
  defineConfig({
    // SWC compiles the tests so that decorators get their metadata (esbuild emits none).
    plugins: [
      swc.vite({ jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false }, target: 'es2022' } }),
    ],
    // Node loads graphql's CommonJS build for type-graphql and Apollo; Vite would pick its .mjs
    // build for our sources. One realm only, or graphql refuses types "from another module".
    resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
    test: {
      name: isolated ? 'server-isolated' : 'server',
      include: isolated ? ['src/**/*.isolated.test.ts'] : ['src/**/*.test.ts'],
      exclude: isolated ? [] : ['src/**/*.isolated.test.ts'],
      isolate: isolated,
      testTimeout: 60_000,
      hookTimeout: 120_000,
      pool: 'forks',
    },
  });

export default serverTestConfig(false);
