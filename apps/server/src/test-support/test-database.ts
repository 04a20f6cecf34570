import { createScratchDatabase } from '../database/scratch-database.js';

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
  return createScratchDatabase(serverUrl, 'quorum_test');
}
