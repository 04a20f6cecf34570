import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A database of its own for one test file. With TEST_DATABASE_URL set (a PostgreSQL server),
 * a fresh database is created on it and dropped afterwards; otherwise the server under test
 * starts its own throwaway embedded PostgreSQL.
 */
export interface TestDatabase {
  /** Undefined means: let the server use a throwaway embedded database. */
  url?: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return { url: undefined, drop: async () => {} };
  const name = `quorum_test_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, (c) => c.query(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withClient(serverUrl, (c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
