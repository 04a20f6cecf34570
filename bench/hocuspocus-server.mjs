// The peer the live benches measure Quorum against: a Hocuspocus 3 server (what Outline
// runs) with its database extension, storing each document's state to PostgreSQL
// (DATABASE_URL) or to an embedded PGlite (otherwise), on Hocuspocus' default debounce (a
// store 2 s after the last change, at least every 10 s). So an edit it has relayed may still
// be lost; Quorum answers an edit only once it is committed.
// Started by the benches: PORT=… [DATABASE_URL=…] node bench/hocuspocus-server.mjs
import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';

const TABLE = 'hocuspocus_documents';
let query;
if (process.env.DATABASE_URL) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 5 });
  query = (sql, params) => pool.query(sql, params).then((r) => r.rows);
} else {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(process.env.HOCUSPOCUS_DATA_DIR || 'memory://');
  query = (sql, params) => db.query(sql, params).then((r) => r.rows);
}
await query(`create table if not exists ${TABLE} (name text primary key, data bytea not null)`);

const server = new Server({
  port: Number(process.env.PORT),
  address: '127.0.0.1',
  quiet: true,
  extensions: [
    new Database({
      fetch: async ({ documentName }) => {
        const [row] = await query(`select data from ${TABLE} where name = $1`, [documentName]);
        return row ? new Uint8Array(row.data) : null;
      },
      store: async ({ documentName, state }) => {
        await query(`insert into ${TABLE} (name, data) values ($1, $2) on conflict (name) do update set data = excluded.data`, [documentName, Buffer.from(state)]);
      },
    }),
  ],
});
await server.listen();
console.log('Hocuspocus is running');
