import 'reflect-metadata';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './app.js';
import { configFromEnv } from './config.js';
import { freePort } from './test-support/free-port.js';
import { createTestDatabase, type TestDatabase } from './test-support/test-database.js';
import { startTestServer, type TestServer } from './test-support/test-server.js';

const running: { stop(): Promise<void> }[] = [];
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  for (const server of running) await server.stop();
});

async function health(server: TestServer): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.url}/healthz`);
  return { status: response.status, body: await response.json() };
}

describe('/healthz', () => {
  it('answers ok while the database answers, and 503 with the problem when it does not', async () => {
    const server = await startTestServer();
    running.push(server);
    expect(await health(server)).toEqual({ status: 200, body: { ok: true } });

    await server.orm.close(true);
    expect(await health(server)).toEqual({ status: 503, body: { ok: false, problem: 'The database did not answer.' } });
  });

  // A Redis of the test's own, to stop half-way; skipped where there is no redis-server.
  const redisServer = spawnSync('redis-server', ['--version']).status === 0;
  it.skipIf(!redisServer)('with REDIS_URL, answers 503 when Redis stops answering', async () => {
    const port = await freePort();
    const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    children.push(redis);
    await expect
      .poll(
        () =>
          spawnSync('redis-cli', ['-p', String(port), 'ping'])
            .stdout?.toString()
            .trim(),
        { timeout: 10_000 },
      )
      .toBe('PONG');

    const server = await startTestServer({ REDIS_URL: `redis://127.0.0.1:${port}` });
    running.push(server);
    expect(await health(server)).toEqual({ status: 200, body: { ok: true } });

    redis.kill('SIGKILL');
    await expect.poll(() => health(server), { timeout: 10_000 }).toEqual({ status: 503, body: { ok: false, problem: 'Redis did not answer.' } });
  });
});

// Several processes sharing one PostgreSQL server is a server setup: the embedded database is one process's own.
describe.skipIf(!process.env.TEST_DATABASE_URL)('several servers starting at once on a new PostgreSQL database', () => {
  let db: TestDatabase;
  let servers: RunningServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await db?.drop();
  });

  it('all start; one installs the templates and seeds the demo team, the others find them', async () => {
    db = await createTestDatabase();
    const config = { ...configFromEnv({ NODE_ENV: 'test' }), port: 0, host: '127.0.0.1', databaseUrl: db.url, seedDemo: true, demoContent: false };
    servers = await Promise.all([1, 2, 3].map(() => startServer(config)));
    expect(servers.filter((s) => s.demoLogins).length).toBe(1);
    const em = servers[0].orm.em.fork();
    expect(await em.execute('select count(*)::int as n from users')).toEqual([{ n: 8 }]);
    expect(await em.execute('select count(*)::int as n from entries')).toEqual([{ n: 1 }]);
  });
});
