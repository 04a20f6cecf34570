import { resolve } from 'node:path';
import { errorSummary } from './common/log.js';
import { configFromEnv } from './config.js';
import { restoreBackup } from './database/backup.js';

/**
 * `node apps/server/dist/restore.js <file> [folder]`: makes a new data folder for the embedded
 * database (QUORUM_DATA_DIR by default) from a copy that backup.js took. The folder must be new
 * or empty: move the old one aside first. Then start the server with QUORUM_DATA_DIR set to it.
 */
const [file, folder] = process.argv.slice(2);
if (!file) {
  console.error('Usage: node apps/server/dist/restore.js <backup.tar.gz> [data folder, QUORUM_DATA_DIR by default]');
  process.exit(1);
}
const dataDir = folder ? resolve(folder) : configFromEnv().dataDir;
try {
  await restoreBackup(file, dataDir);
  console.log(`Restored ${file} into ${dataDir}. Start Quorum with QUORUM_DATA_DIR=${dataDir}.`);
} catch (error) {
  console.error(`Not restored: ${errorSummary(error)}`);
  process.exit(1);
}
