import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from '../test-support/api-client.js';
import { freePort } from '../test-support/free-port.js';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../test-support/test-server.js';
import { LIMITS_LOG_IN } from '../test-support/operations.js';

/**
 * The attempt limits with Redis, and when Redis goes away: counts are kept in Redis (under
 * hashed keys), and without it each process goes on counting in memory instead of failing every
 * log-in. A redis-server of the test's own, so that stopping it troubles nobody else.
 */
let redis: ChildProcess;
let redisUrl: string;
let server: TestServer;

beforeAll(async () => {
  const port = await freePort();
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    redis.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Ready to accept connections') && resolve());
    redis.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  redisUrl = `redis://127.0.0.1:${port}`;
  server = await startTestServer({ REDIS_URL: redisUrl });
});
afterAll(async () => {
  await server?.stop();
  redis?.kill('SIGKILL');
});

const logIn = (email: string, password: string) => server.client().request(LIMITS_LOG_IN, { input: { email, password } });

describe('attempt limits in Redis', () => {
  it('counts failed log-ins in Redis, under keys that hold no email or address', async () => {
    const { email } = await server.signUp('Counted in Redis');
    expect(codeOf(await logIn(email, 'a wrong password'))).toBe('UNAUTHENTICATED');
    const client = new Redis(redisUrl);
    try {
      const keys = await client.keys('quorum:attempts:*');
      expect(keys.some((k) => k.startsWith('quorum:attempts:logInByAccountAndAddress'))).toBe(true);
      expect(keys.join(' ')).not.toContain(email);
      expect(keys.join(' ')).not.toContain('127.0.0.1');
    } finally {
      client.disconnect();
    }
  });

  it('while Redis is away, log-ins still answer and are still limited, in this process', async () => {
    const { email } = await server.signUp('Logs in during an outage');
    redis.kill('SIGKILL');
    await new Promise((resolve) => redis.once('exit', resolve));
    expect(codeOf(await logIn(email, TEST_PASSWORD))).toBe('OK');
    for (let i = 0; i < 10; i++) expect(codeOf(await logIn(email, `wrong guess ${i}`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await logIn(email, TEST_PASSWORD))).toBe('RATE_LIMITED');
  });
});
