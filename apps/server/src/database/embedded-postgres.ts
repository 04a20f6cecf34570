import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { logError } from '../common/log.js';

/**
 * An embedded PostgreSQL (PGlite, real PostgreSQL compiled to WebAssembly) served on a
 * loopback port, so that the ordinary pg driver, and so MikroORM's one PostgreSQL driver,
 * talks to it exactly as it talks to a PostgreSQL server. We chose this over an in-process
 * PGlite driver so that there is one code path for SQL, migrations and locking.
 * PGlite is single-connection: the pool in front of it must hold exactly one connection.
 *
 * It runs in a worker thread of its own. PGlite executes SQL synchronously: on the main
 * thread, every statement stopped the server answering anyone else (with fifty people
 * typing, a tenth of the main thread's time, in the stretches that made the slowest
 * keystrokes slow). In a worker it uses the second core, as a PostgreSQL server would.
 *
 * Memory: PGlite's WebAssembly memory only grows. Creating a database (initdb, in the same
 * instance) left it at about 650 MB for good, so a fresh folder is created by a process of its
 * own (createDatabase), and the serving worker opens it afresh (about 200 MB). PostgreSQL's
 * buffers are sized for one small database, not a server's (SETTINGS); the file system's cache
 * still holds what they do not. On Node 24, V8's optimizing compiler took about 500 MB for a few
 * seconds after each start to recompile PGlite's hottest functions (the process peaked at 850
 * MB, idle): `npm start` runs node with --liftoff-only, which keeps WebAssembly on its baseline
 * compiler, with no slower keystrokes measured (README, "Memory"). The flag cannot be set from
 * here: V8 on Node 24 takes it only on the command line.
 */
export interface EmbeddedPostgres {
  url: string;
  /**
   * The data folder as a gzipped tarball (PGlite's dumpDataDir), taken between two statements.
   * Consistent when no transaction is open: take it holding the one connection (database/backup.ts).
   */
  dump(): Promise<Buffer>;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);
const execFileAsync = promisify(execFile);

/** PostgreSQL settings for the embedded database (defaults: shared_buffers 128MB, maintenance_work_mem 64MB, temp_buffers 8MB). */
const SETTINGS = ['shared_buffers=32MB', 'maintenance_work_mem=16MB', 'temp_buffers=2MB', 'wal_buffers=1MB'];

// Run as a CommonJS script in the worker (eval), so that it needs no file of its own beside
// this one: the same whether the server runs from its build or from its sources under test.
const WORKER_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require(workerData.pglite);
const { PGLiteSocketServer } = require(workerData.pgliteSocket);
(async () => {
  const loadDataDir = workerData.from ? new Blob([require('node:fs').readFileSync(workerData.from)]) : undefined;
  const db = await PGlite.create(workerData.dataDir, { loadDataDir, startParams: [...PGlite.defaultStartParams, ...workerData.settings.flatMap((s) => ['-c', s])] });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  parentPort.on('message', async (message) => {
    if (message && message.dump) {
      try {
        const data = await (await db.dumpDataDir('gzip')).arrayBuffer();
        parentPort.postMessage({ dump: message.dump, data }, [data]);
      } catch (error) {
        parentPort.postMessage({ dump: message.dump, error: error instanceof Error ? error.message : String(error) });
      }
      return;
    }
    await server.stop();
    await db.close();
    parentPort.close();
  });
  parentPort.postMessage({ port: Number(server.getServerConn().split(':')[1]) });
})().catch((error) => parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) }));
`;

/**
 * `dataDir` is a folder kept between runs, or `memory://` for a throwaway database. `from`, for
 * a throwaway database only, is a dump (`dump()`'s tarball, in a file) to start it from instead
 * of an empty one: the tests start from a migrated copy, as initdb alone takes seconds.
 */
export async function startEmbeddedPostgres(dataDir: string, from?: string): Promise<EmbeddedPostgres> {
  const inMemory = dataDir.startsWith('memory://');
  if (from && !inMemory) throw new Error('Only a throwaway embedded database (memory://) starts from a dump.');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  if (!inMemory && !existsSync(join(dataDir, 'PG_VERSION'))) await createDatabase(dataDir);
  const worker = embeddedWorker(dataDir, from);
  const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
  let port: number;
  try {
    port = await new Promise<number>((resolve, reject) => {
      worker.once('message', (message: { port?: number; error?: string }) => (message.port ? resolve(message.port) : reject(new Error(message.error))));
      worker.once('error', reject);
      void exited.then((code) => reject(new Error(`its worker stopped (exit code ${code})`)));
    });
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  worker.on('error', (error) => logError('The embedded database stopped', error));
  const dumps = new Map<number, { resolve: (data: Buffer) => void; reject: (error: Error) => void }>();
  let lastDump = 0;
  worker.on('message', (message: { dump?: number; data?: ArrayBuffer; error?: string }) => {
    const waiting = message.dump === undefined ? undefined : dumps.get(message.dump);
    if (!waiting) return;
    dumps.delete(message.dump!);
    if (message.data) waiting.resolve(Buffer.from(message.data));
    else waiting.reject(new Error(`The embedded database could not be copied: ${message.error}`));
  });
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    dump() {
      const id = ++lastDump;
      return new Promise<Buffer>((resolve, reject) => {
        dumps.set(id, { resolve, reject });
        worker.postMessage({ dump: id });
      });
    },
    async stop() {
      worker.postMessage('stop');
      await exited;
    },
  };
}

/**
 * Creates the database in a fresh folder, in a process of its own: initdb leaves PGlite's
 * memory at about 650 MB, which only the end of a process (not of a worker thread) gives back
 * to the system for sure, and the server's own peak stays its own.
 */
async function createDatabase(dataDir: string): Promise<void> {
  const script = `const { PGlite } = require(process.argv[1]); PGlite.create(process.argv[2]).then((db) => db.close()).catch((e) => { console.error(String(e && e.message)); process.exit(1); });`;
  await execFileAsync(process.execPath, ['-e', script, require.resolve('@electric-sql/pglite'), dataDir]).catch((error: { stderr?: string }) => {
    throw new Error(`The embedded database could not be created in ${dataDir}: ${error.stderr?.trim() || 'its process failed'}`);
  });
}

function embeddedWorker(dataDir: string, from: string | undefined): Worker {
  return new Worker(WORKER_SCRIPT, {
    eval: true,
    // The worker's own JavaScript is PGlite's glue and the socket's buffers: a small young
    // generation (V8 lets it grow to 48 MB by default) is all it needs.
    resourceLimits: { maxYoungGenerationSizeMb: 6 },
    workerData: { dataDir, from, settings: SETTINGS, pglite: require.resolve('@electric-sql/pglite'), pgliteSocket: require.resolve('@electric-sql/pglite-socket') },
  });
}
