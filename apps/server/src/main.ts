import 'reflect-metadata';
import { startServer } from './app.js';
import { configFromEnv } from './config.js';

const config = configFromEnv();
const server = await startServer(config);
console.log(`Quorum is running at ${server.url} (GraphQL and WebSocket at ${server.url}/graphql)`);
console.log(config.databaseUrl ? 'Database: DATABASE_URL' : `Database: embedded PostgreSQL in ${config.dataDir}`);
if (server.demoLogins) {
  console.log('\nDemo team seeded. Log in as any of them (all share one password):');
  for (const login of server.demoLogins) console.log(`  ${login.role.padEnd(13)} ${login.email.padEnd(28)} ${login.password}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`\n${signal}: shutting down`);
    server.stop().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
