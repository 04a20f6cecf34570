import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../app.js';
import { configFromEnv } from '../config.js';
import { ApiClient } from '../test-support/api-client.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { DEMO_PASSWORD } from './seed-demo.js';

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
  await client.ok('mutation($i: LogInInput!) { logIn(input: $i) { user { id } } }', { i: { email, password: DEMO_PASSWORD } });
  return client;
}

const ENTRY = `{ entries(first: 1) { nodes { sections { title wordCount comments { nodes { body anchor { quote } replies { body } } } }
  metrics { name analysis { sentences } } testimonials { quote consentStatus } } } }`;

describe('the demo entry at first start', () => {
  it('is an entry in progress: text in every section, a metric with its analysis, a consented testimonial and a comment thread', async () => {
    const nurse = await signedIn('nurse@demo.quorum.test');
    const [entry] = (await nurse.ok(ENTRY)).entries.nodes;
    for (const section of entry.sections) expect(section.wordCount, section.title).toBeGreaterThan(10);
    expect(entry.metrics).toHaveLength(1);
    expect(entry.metrics[0].analysis.sentences.some((s: string) => /gap .* between Black and White adults .* fell/.test(s))).toBe(true);
    expect(entry.testimonials).toEqual([expect.objectContaining({ consentStatus: 'GIVEN' })]);
    const threads = entry.sections.flatMap((s: any) => s.comments.nodes);
    expect(threads).toHaveLength(1);
    expect(threads[0].anchor.quote).toBe('The gap between Black and White patients narrowed');
    expect(threads[0].replies).toHaveLength(1);
  });
});
