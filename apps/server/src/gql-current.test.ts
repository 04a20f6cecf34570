import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';

const SERVER = fileURLToPath(new URL('../', import.meta.url));

// src/test-support/gql is generated from the committed schema and the tests' `graphql()` documents,
// and committed: this fails when someone changed either without running codegen.
describe('generated GraphQL types (src/test-support/gql)', () => {
  it('are what codegen makes from the current schema and test documents', async () => {
    const cwd = process.cwd();
    process.chdir(SERVER); // codegen.ts names its paths relative to apps/server
    try {
      // Loaded by codegen itself: codegen.ts lies outside this project's rootDir (src).
      const { config } = await loadCodegenConfig({ configFilePath: `${SERVER}codegen.ts` });
      const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: SERVER, silent: true }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const { filename, content } of outputs) {
        const committed = readFileSync(new URL(filename, `file://${SERVER}`), 'utf8');
        expect(committed, `${filename} is out of date: run \`npx -y pnpm@12.4.2 --filter @quorum/server codegen\``).toBe(content);
      }
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});
