// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen';

const WEB = fileURLToPath(new URL('../', import.meta.url));

// src/gql is generated from the server's committed schema and this app's operations, and
// committed: this fails when someone changed either without running codegen.
describe('generated GraphQL types (src/gql)', () => {
  it('are what codegen makes from the current schema and operations', async () => {
    const cwd = process.cwd();
    process.chdir(WEB); // codegen.ts names its paths relative to apps/web
    try {
      const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: WEB, silent: true }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const { filename, content } of outputs) {
        const committed = readFileSync(new URL(filename, `file://${WEB}`), 'utf8');
        expect(committed, `${filename} is out of date: run \`npx -y pnpm@12.4.2 --filter @quorum/web codegen\``).toBe(content);
      }
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});
