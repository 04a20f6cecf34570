import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../app.js';
import { configFromEnv } from '../config.js';
import { ApiClient } from '../test-support/api-client.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { DEMO_PASSWORD } from './seed-demo.js';
import { ENTRY, LOG_IN, WORD_COUNTS } from '../test-support/operations.js';

let db: TestDatabase;
let server: RunningServer;

beforeAll(async () => {
  db = await createTestDatabase();
  // A first start as `npm start` makes it: the demo team, and the demo entry with its content.
  server = await startServer({ ...configFromEnv({ NODE_ENV: 'test' }), port: 0, host: '127.0.0.1', databaseUrl: db.url, dataDir: 'memory://', seedDemo: true, demoContent: true });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

async function signedIn(email: string) {
  const client = new ApiClient(server.url);
  await client.ok(LOG_IN, { i: { email, password: DEMO_PASSWORD } });
  return client;
}

describe('the demo entry at first start', () => {
  it('is an entry in progress: text in every section, a metric with its analysis, a consented testimonial and a comment thread', async () => {
    const nurse = await signedIn('nurse@demo.quorum.test');
    const [entry] = (await nurse.ok(ENTRY)).entries.nodes;
    for (const section of entry.sections) expect(section.wordCount, section.title).toBeGreaterThan(10);
    expect(entry.metrics).toHaveLength(1);
    expect(entry.metrics[0].analysis.sentences.some((s) => /gap .* between Black and White adults .* fell/.test(s))).toBe(true);
    expect(entry.testimonials).toEqual([expect.objectContaining({ consentStatus: 'GIVEN' })]);
    const threads = entry.sections.flatMap((s) => s.comments.nodes);
    expect(threads).toHaveLength(1);
    expect(threads[0].anchor?.quote).toBe('The gap between Black and White patients narrowed');
    expect(threads[0].replies).toHaveLength(1);
  });
});

describe('a first start that stopped before the content was written', () => {
  it('writes the content at the next start, and only then', async () => {
    const own = await createTestDatabase();
    const config = { ...configFromEnv({ NODE_ENV: 'test' }), port: 0, host: '127.0.0.1', databaseUrl: own.url, dataDir: 'memory://', seedDemo: true };
    const wordCounts = async (running: RunningServer) => {
      const client = new ApiClient(running.url);
      await client.ok(LOG_IN, { i: { email: 'lead@demo.quorum.test', password: DEMO_PASSWORD } });
      const [entry] = (await client.ok(WORD_COUNTS)).entries.nodes;
      return { words: entry.sections.map((s) => s.wordCount), versions: entry.sections.map((s) => s.version), metrics: entry.metrics.length };
    };
    try {
      // The team is seeded but the content is not (as when the first start stopped there).
      const first = await startServer({ ...config, demoContent: false });
      const blank = await wordCounts(first).finally(() => first.stop());
      expect(blank.words.every((n) => n === 0)).toBe(true);
      const second = await startServer({ ...config, demoContent: true });
      const written = await wordCounts(second).finally(() => second.stop());
      expect(written.words.every((n) => n > 10)).toBe(true);
      expect(written.metrics).toBe(1);
      // Once written, never again: a third start changes nothing.
      const third = await startServer({ ...config, demoContent: true });
      expect(await wordCounts(third).finally(() => third.stop())).toEqual(written);
    } finally {
      await own.drop();
    }
  }, 120_000);
});
