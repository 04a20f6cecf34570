import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../../', import.meta.url).pathname;
const MAIN = join(ROOT, 'apps/server/dist/main.js');
// QUORUM_WEB_DIR points the tests at another build of the app (e.g. one built to a temporary folder).
const WEB_DIR = process.env.QUORUM_WEB_DIR || join(ROOT, 'apps/web/dist');

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The built product as `npm start` runs it (server and web app on one port), on a fresh
 * embedded database with the demo team seeded (its entry left empty, for the tests to fill).
 * `extraEnv` tunes it, e.g. QUORUM_REVISION_SECONDS.
 */
export async function startApp(extraEnv: Record<string, string> = {}): Promise<RunningApp> {
  for (const built of [MAIN, join(WEB_DIR, 'index.html')]) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run \`npx -y pnpm@12.4.2 run build\` at the repository root first.`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'quorum-web-e2e-'));
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    QUORUM_DATA_DIR: dataDir,
    QUORUM_WEB_DIR: WEB_DIR,
    DATABASE_URL: '',
    REDIS_URL: '',
    QUORUM_SEED_DEMO: 'true',
    QUORUM_DEMO_CONTENT: 'false',
    ...extraEnv,
  };
  const child: ChildProcess = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Quorum is running')) resolve();
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`The server exited with ${code}:\n${output}`)));
  });
  return {
    url: `http://localhost:${port}`,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
