import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { openDatabase } from '../database/orm.js';

const MIGRATIONS = new URL('../database/migrations/', import.meta.url).pathname;
// Its real path names its version (pnpm's store): a new PGlite may not read an older one's dump.
const PGLITE = realpathSync(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
const PREFIX = 'quorum-test-template-';

let made: Promise<string> | undefined;

/**
 * A dump of an embedded database with every migration applied, for the test servers to start
 * from (startServer's `embeddedFrom`): a new embedded database's initdb and migrations took 5-10 s
 * of each test file on CI's machine, loading this about 1. Kept in the temporary folder, named by
 * the migrations' sources and PGlite's build, so that every file of a run, and the next run,
 * reuse it, and a new migration makes a new one. The server still runs its migrations at start
 * (finding them applied), so a template that fell behind could not pass unnoticed.
 */
export function migratedTemplate(): Promise<string> {
  // A failure is not kept: the next file tries again.
  made ??= makeTemplate().catch((error: unknown) => {
    made = undefined;
    throw error;
  });
  return made;
}

async function makeTemplate(): Promise<string> {
  const file = join(tmpdir(), `${PREFIX}${templateKey()}.tar.gz`);
  if (existsSync(file)) return file;
  const pg = await startEmbeddedPostgres('memory://');
  try {
    const orm = await openDatabase({ url: pg.url, singleConnection: true });
    await orm.close(true);
    const building = `${file}.${process.pid}`;
    writeFileSync(building, await pg.dump());
    // Another worker may have made it meanwhile: either copy is the same.
    renameSync(building, file);
  } finally {
    await pg.stop();
  }
  // Templates of earlier migrations, left more than a day (another checkout's run may still use one).
  for (const old of readdirSync(tmpdir()).filter((name) => name.startsWith(PREFIX))) {
    if (Date.now() - statSync(join(tmpdir(), old)).mtimeMs > 86_400_000) rmSync(join(tmpdir(), old), { force: true });
  }
  return file;
}

function templateKey(): string {
  const hash = createHash('sha256').update(`${PGLITE}\n`);
  for (const name of readdirSync(MIGRATIONS).sort()) hash.update(name).update(readFileSync(join(MIGRATIONS, name)));
  return hash.digest('hex').slice(0, 16);
}
