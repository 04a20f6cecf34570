import 'reflect-metadata';
import { startServer, type RunningServer } from './app.js';
import { configFromEnv } from './config.js';
import { errorMessage } from './database/orm.js';

// SIGTERM or SIGINT stops everything (connections, presence, Redis, the database pool, the
// embedded database) before exiting 0; a second one exits at once. One that comes while the
// server is still starting (migrations, seeding) stops it as soon as it has started, so that
// the embedded database is never left half-open.
let server: RunningServer | undefined;
let stopping = false;

function shutDown(): void {
  server!.stop().then(
    () => process.exit(0),
    (error) => {
      console.error(`Quorum did not stop cleanly. ${errorMessage(error)}`);
      process.exit(1);
    },
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`\n${signal}: shutting down${server ? '' : ' once started'}`);
    if (server) shutDown();
  });
}

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || host.startsWith('127.');

try {
  const config = configFromEnv();
  server = await startServer(config);
  if (stopping) shutDown();
  else {
    console.log(`Quorum is running at ${server.url} (GraphQL and WebSocket at ${server.url}/graphql)`);
    console.log(config.databaseUrl ? 'Database: DATABASE_URL' : `Database: embedded PostgreSQL in ${config.dataDir}`);
    if (server.demoAccounts && config.host === undefined) {
      console.log(
        `Listening on this computer only (${server.host}): the demo accounts' password is public. To let other computers in, set HOST (e.g. HOST=0.0.0.0); for real use, start an empty database with QUORUM_SEED_DEMO=false.`,
      );
    } else if (server.demoAccounts && !isLoopback(server.host)) {
      console.warn(`Warning: HOST=${server.host} lets other computers reach the demo accounts, whose password is public.`);
    }
    if (server.demoLogins) {
      console.log('\nDemo team seeded. Log in as any of them (all share one password):');
      for (const login of server.demoLogins) console.log(`  ${login.role.padEnd(13)} ${login.email.padEnd(28)} ${login.password}`);
    }
  }
} catch (error) {
  // The message only: a stack says nothing to whoever deploys it, and a statement's values are private.
  console.error(`Quorum could not start. ${errorMessage(error)}`);
  process.exit(1);
}
