import { spawn, type ChildProcess } from 'node:child_process';
import { ApiClient } from './api-client.js';
import { freePort } from './free-port.js';
import { MULTI_PROCESS_LOG_IN } from './operations.js';

/**
 * The built server (dist/main.js) as a process of its own, for tests of several processes on
 * one PostgreSQL and one Redis. Kill what `children` holds in afterAll.
 */
const MAIN = new URL('../../dist/main.js', import.meta.url).pathname;
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export async function startServerProcess(children: ChildProcess[], databaseUrl: string, seed: boolean, env: Record<string, string> = {}): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, REDIS_URL, QUORUM_SEED_DEMO: String(seed), QUORUM_DEMO_CONTENT: 'false', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Quorum is running') && resolve());
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return `http://127.0.0.1:${port}`;
}

/** A demo account (password `quorum-demo-2026`) logged in on the server at `url`. */
export async function logInDemo(url: string, email: string): Promise<ApiClient> {
  const client = new ApiClient(url);
  await client.ok(MULTI_PROCESS_LOG_IN, { e: email });
  return client;
}
