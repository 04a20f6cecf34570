import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * An embedded PostgreSQL (PGlite, real PostgreSQL compiled to WebAssembly) served on a
 * loopback port, so that the ordinary pg driver, and so MikroORM's one PostgreSQL driver,
 * talks to it exactly as it talks to a PostgreSQL server. We chose this over an in-process
 * PGlite driver so that there is one code path for SQL, migrations and locking.
 * PGlite is single-connection: the pool in front of it must hold exactly one connection.
 */
export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/** `dataDir` is a folder kept between runs, or `memory://` for a throwaway database. */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  const [, port] = server.getServerConn().split(':');
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
