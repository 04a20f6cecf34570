import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres.js';

describe('the embedded database', () => {
  it('runs statements without stopping the server from answering others meanwhile', async () => {
    const embedded = await startEmbeddedPostgres('memory://');
    const client = new pg.Client(embedded.url);
    await client.connect();
    try {
      // Ticks of the server's own event loop while the database works for about a second.
      let longestGap = 0;
      let last = performance.now();
      const ticking = setInterval(() => {
        longestGap = Math.max(longestGap, performance.now() - last);
        last = performance.now();
      }, 5);
      const started = performance.now();
      const { rows } = await client.query('select count(*)::int as n from generate_series(1, 3000000) g where g % 7 = 0');
      const took = performance.now() - started;
      clearInterval(ticking);
      expect(rows).toEqual([{ n: 428571 }]);
      // On the main thread the loop would stand still for the whole statement.
      expect(took).toBeGreaterThan(200);
      expect(longestGap).toBeLessThan(took / 2);
    } finally {
      await client.end();
      await embedded.stop();
    }
  });

  it('keeps its data in its folder across a stop and a start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'quorum-embedded-'));
    try {
      for (const [statement, expected] of [
        ['create table kept (word text); insert into kept values ($$ward$$)', []],
        ['select word from kept', [{ word: 'ward' }]],
      ] as const) {
        const embedded = await startEmbeddedPostgres(dataDir);
        const client = new pg.Client(embedded.url);
        await client.connect();
        const results = await client.query(statement);
        await client.end();
        await embedded.stop();
        expect([results].flat().at(-1)!.rows).toEqual(expected);
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('says why it could not start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'quorum-embedded-'));
    try {
      writeFileSync(join(dataDir, 'PG_VERSION'), 'not a version\n');
      await expect(startEmbeddedPostgres(dataDir)).rejects.toThrow(/\S/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
