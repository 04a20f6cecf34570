/**
 * Developer tool: writes a new migration for the difference between the entities and the
 * schema the committed migrations build. Run after `pnpm build`:
 *   node apps/server/dist/database/create-migration.js
 * then add the new class to migrations/index.ts.
 */
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { openDatabase } from './orm.js';

const pg = await startEmbeddedPostgres('memory://');
const orm = await openDatabase({ url: pg.url, singleConnection: true });
const folder = fileURLToPath(new URL('../../src/database/migrations', import.meta.url));
const result = await orm.getMigrator().createMigration(folder, false, false);
console.log(result.fileName ? `wrote ${result.fileName}` : 'no changes');
await orm.close();
await pg.stop();
