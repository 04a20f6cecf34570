import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
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

const BASE_ENV = { HOST: '127.0.0.1', DATABASE_URL: '', REDIS_URL: '', QUORUM_SEED_DEMO: 'true', QUORUM_DEMO_CONTENT: 'false' };

/** Starts `node main.js` with `env` and resolves once it says it is running. */
function launch(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise<ChildProcess>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Quorum is running')) resolve(child);
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`The server exited with ${code}:\n${output}`)));
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  child.kill('SIGKILL');
}

/**
 * A new data folder holding the demo team, seeded as a first start seeds it. The first start
 * (initdb, migrations, seeding: about 10 s on CI's machine) is paid once per build of the server:
 * its folder is kept in the temporary folder as a template, named by the build, and copied.
 */
export async function seededDataDir(): Promise<string> {
  const template = join(tmpdir(), `quorum-e2e-template-${buildKey()}`);
  if (!existsSync(template)) {
    const building = mkdtempSync(`${template}-building-`);
    const child = await launch({ ...process.env, ...BASE_ENV, PORT: String(await freePort()), QUORUM_DATA_DIR: building, QUORUM_WEB_DIR: WEB_DIR });
    await stopProcess(child);
    // Another test file may have made it meanwhile; either copy is the same.
    try {
      renameSync(building, template);
    } catch {
      rmSync(building, { recursive: true, force: true });
    }
    // Templates of earlier builds, left more than a day (another checkout's run may be copying a newer one).
    for (const old of readdirSync(tmpdir()).filter((name) => name.startsWith('quorum-e2e-template-'))) {
      if (Date.now() - statSync(join(tmpdir(), old)).mtimeMs > 86_400_000) rmSync(join(tmpdir(), old), { recursive: true, force: true });
    }
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'quorum-web-e2e-'));
  cpSync(template, dataDir, { recursive: true });
  return dataDir;
}

/** Names the server's build (its files' paths, sizes and times) and the day, so that a new build seeds anew, and seeding is never old. */
function buildKey(): string {
  const hash = createHash('sha256').update(new Date().toISOString().slice(0, 10));
  const dist = join(ROOT, 'apps/server/dist');
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).sort()) {
    const stat = statSync(join(dist, file));
    if (stat.isFile()) hash.update(`${file}:${stat.size}:${stat.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The built product as `npm start` runs it (server and web app on one port), on a fresh
 * embedded database with the demo team seeded (its entry left empty, for the tests to fill),
 * or on the database in `extraEnv.DATABASE_URL`.
 * `extraEnv` tunes it, e.g. QUORUM_REVISION_SECONDS.
 */
export async function startApp(extraEnv: Record<string, string> = {}): Promise<RunningApp> {
  for (const built of [MAIN, join(WEB_DIR, 'index.html')]) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run \`npx -y pnpm@12.4.2 run build\` at the repository root first.`);
  }
  const port = await freePort();
  const dataDir = extraEnv.DATABASE_URL ? mkdtempSync(join(tmpdir(), 'quorum-web-e2e-')) : await seededDataDir();
  const child = await launch({ ...process.env, ...BASE_ENV, PORT: String(port), QUORUM_DATA_DIR: dataDir, QUORUM_WEB_DIR: WEB_DIR, ...extraEnv });
  return {
    url: `http://localhost:${port}`,
    async stop() {
      await stopProcess(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
