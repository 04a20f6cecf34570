import { errorSummary } from './common/log.js';
import { configFromEnv } from './config.js';
import { takeBackup } from './database/backup.js';

/**
 * `node apps/server/dist/backup.js [file]`: a consistent copy of the embedded database, taken
 * by the running server (with the same QUORUM_DATA_DIR and PORT as it), written to `file`
 * (quorum-backup-<time>.tar.gz by default). Restore it with restore.js. On a PostgreSQL server
 * (DATABASE_URL), use pg_dump instead (README, Operations).
 */
const config = configFromEnv();
if (config.databaseUrl) {
  console.error('DATABASE_URL is set: back up that PostgreSQL server with pg_dump, e.g. pg_dump --format=custom --file=quorum.dump "$DATABASE_URL" (README, Operations).');
  process.exit(1);
}
const out = process.argv[2] ?? `quorum-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.tar.gz`;
try {
  const bytes = await takeBackup({ serverUrl: `http://127.0.0.1:${config.port}`, dataDir: config.dataDir, out });
  console.log(`Wrote ${out} (${(bytes / 1024 / 1024).toFixed(1)} MB): the embedded database in ${config.dataDir} as of now. Restore it with node apps/server/dist/restore.js ${out} <new folder>.`);
} catch (error) {
  console.error(`No backup taken: ${errorSummary(error)}`);
  process.exit(1);
}
