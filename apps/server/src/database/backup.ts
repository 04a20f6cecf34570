import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express, Request, Response } from 'express';
import { logError } from '../common/log.js';
import { bearerMatches, fromThisMachine } from '../common/metrics.js';
import type { EmbeddedPostgres } from './embedded-postgres.js';

/**
 * Backups of the embedded database while the server runs (README, Operations). The running
 * server copies its data folder with PGlite's dumpDataDir, holding the database's one
 * connection meanwhile, so that no transaction is half done in the copy: the copy is the
 * database as of the last commit before it. It answers POST /backup only to a request from this
 * machine bringing the key it writes into its data folder at each start (readable by its
 * owner only): whoever may take a backup could read the data folder anyway. `backup.ts` is the
 * command that asks; `restore.ts` makes a new data folder from a copy. A PostgreSQL server
 * (DATABASE_URL) is backed up with pg_dump instead.
 */

const KEY_FILE = 'quorum-backup.key';

/** A new key for this run of the server, written (mode 600) into the data folder; a throwaway database (memory://) keeps it in memory only. */
export function writeBackupKey(dataDir: string): string {
  const key = randomBytes(32).toString('hex');
  if (!dataDir.startsWith('memory://')) writeFileSync(join(dataDir, KEY_FILE), `${key}\n`, { mode: 0o600 });
  return key;
}

export function readBackupKey(dataDir: string): string {
  const file = join(dataDir, KEY_FILE);
  if (!existsSync(file)) throw new Error(`${file} is not there: is the server running on the embedded database in ${dataDir} (QUORUM_DATA_DIR)?`);
  return readFileSync(file, 'utf8').trim();
}

/** POST /backup: the embedded database's data folder, gzipped; refused on a PostgreSQL server (use pg_dump). */
export function serveBackup(app: Express, options: { orm: MikroORM; embedded?: EmbeddedPostgres; key?: string }): void {
  const { orm, embedded, key } = options;
  app.post('/backup', async (req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store');
    if (!embedded || !key) {
      res.status(409).type('text/plain').send('This server uses a PostgreSQL server (DATABASE_URL): back it up with pg_dump (README, Operations).\n');
      return;
    }
    if (!fromThisMachine(req) || !bearerMatches(req.headers.authorization, key)) {
      res.status(403).type('text/plain').send('Backups are taken on this machine with `node apps/server/dist/backup.js` (README, Operations).\n');
      return;
    }
    try {
      const data = await whileHoldingTheConnection(orm, () => embedded.dump());
      res.type('application/gzip').set('Content-Disposition', `attachment; filename="quorum-backup-${stamp()}.tar.gz"`).send(data);
    } catch (error) {
      logError('A backup could not be taken', error);
      res.status(500).type('text/plain').send('The backup could not be taken: see the server’s log.\n');
    }
  });
}

/** Runs `work` while holding the pool's one connection to the embedded database: no transaction is under way meanwhile. */
async function whileHoldingTheConnection<T>(orm: MikroORM, work: () => Promise<T>): Promise<T> {
  const client = (orm.em.getConnection().getKnex() as unknown as { client: { acquireConnection(): Promise<unknown>; releaseConnection(connection: unknown): Promise<void> } }).client;
  const connection = await client.acquireConnection();
  try {
    return await work();
  } finally {
    await client.releaseConnection(connection);
  }
}

/** Asks the server at `serverUrl`, running on the embedded database in `dataDir`, for a backup, and writes it to `out`. */
export async function takeBackup(options: { serverUrl: string; dataDir: string; out: string }): Promise<number> {
  const response = await fetch(`${options.serverUrl}/backup`, { method: 'POST', headers: { authorization: `Bearer ${readBackupKey(options.dataDir)}` } });
  if (!response.ok) throw new Error(`The server answered ${response.status}: ${(await response.text()).trim()}`);
  const data = Buffer.from(await response.arrayBuffer());
  // Whole or not at all: a copy cut short by a full disk is not left looking like a backup.
  writeFileSync(`${options.out}.part`, data);
  renameSync(`${options.out}.part`, options.out);
  return data.length;
}

/** Makes the data folder `dataDir` (new, or empty) from a backup; start the server on it afterwards. */
export async function restoreBackup(file: string, dataDir: string): Promise<void> {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} is not empty: restore into a new folder (and point QUORUM_DATA_DIR at it), or move this one aside first.`);
  }
  mkdirSync(dataDir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(file)]) });
  try {
    await db.query('select count(*) from mikro_orm_migrations'); // a Quorum database, and it opens
  } finally {
    await db.close();
  }
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}
