import 'reflect-metadata';
import { startServer, type RunningServer, type StartOptions } from '../app.js';
import { configFromEnv } from '../config.js';
import { ApiClient } from './api-client.js';
import { migratedTemplate } from './embedded-template.js';
import { createTestDatabase } from './test-database.js';
import { SIGN_UP } from './operations.js';

export interface TestServer extends RunningServer {
  /** A new, signed-out client. */
  client(): ApiClient;
  /** Signs up a new account over HTTP and returns its signed-in client. */
  signUp(name: string, email?: string): Promise<{ client: ApiClient; userId: string; email: string }>;
}

let counter = 0;
export const TEST_PASSWORD = 'correct horse battery';

/**
 * Starts the real server on a free port, on a database of its own (or, with DATABASE_URL in
 * `overrides`, on that one, left in place: a second server process on another's database; with
 * QUORUM_DATA_DIR, on the embedded database in that folder).
 * Stop it in afterAll. `options.onQuery` sees every SQL statement, for tests that count them.
 */
export async function startTestServer(overrides: Record<string, string> = {}, options: StartOptions = {}): Promise<TestServer> {
  // QUORUM_DATA_DIR: the embedded database in that folder, kept (the backup test), whatever TEST_DATABASE_URL says.
  const kept = overrides.DATABASE_URL || overrides.QUORUM_DATA_DIR;
  const db = kept ? { url: overrides.DATABASE_URL || undefined, drop: async () => {} } : await createTestDatabase();
  const config = {
    ...configFromEnv({ NODE_ENV: 'test', ...overrides }),
    // Any free port, unless PORT is given: single sign-on's tests must know the public address first.
    port: overrides.PORT ? Number(overrides.PORT) : 0,
    host: '127.0.0.1',
    databaseUrl: db.url,
    dataDir: overrides.QUORUM_DATA_DIR ?? 'memory://',
    seedDemo: false,
  };
  // A throwaway embedded database starts from a migrated copy (seconds saved per test file).
  const embeddedFrom = !config.databaseUrl && config.dataDir === 'memory://' ? await migratedTemplate() : undefined;
  const server = await startServer(config, { embeddedFrom, ...options });
  return {
    ...server,
    async stop() {
      await server.stop();
      await db.drop();
    },
    client: () => new ApiClient(server.url),
    async signUp(name, email = `user${++counter}-${Date.now()}@example.nhs.uk`) {
      const client = new ApiClient(server.url);
      const data = await client.ok(SIGN_UP, { input: { email, name, password: TEST_PASSWORD } });
      return { client, userId: data.signUp.user.id, email };
    },
  };
}
