// What the statement-counting benchmarks share: a server whose SQL statements can be counted,
// users made straight in its database, and a signed-in GraphQL client.
import 'reflect-metadata';
import { startServer, configFromEnv, hashPassword, User } from '@quorum/server';

export const PASSWORD = 'benchmark-password';

/** The real server on a throwaway database (DATABASE_URL if set, else embedded), counting statements on request. */
export async function startCountingServer() {
  let counting = false;
  let statements = 0;
  const server = await startServer(
    { ...configFromEnv({}), port: 0, host: '127.0.0.1', databaseUrl: process.env.DATABASE_URL, dataDir: 'memory://', seedDemo: false },
    { onQuery: () => counting && statements++ },
  );
  return {
    server,
    em: server.orm.em.fork(),
    /** Runs `work` and returns its result with the SQL statements it cost. */
    async countStatements(work) {
      statements = 0;
      counting = true;
      try {
        const result = await work();
        return { result, statements };
      } finally {
        counting = false;
      }
    },
  };
}

/** Users made straight in the database (flush to save them), all with PASSWORD. */
export async function userMaker(em) {
  const passwordHash = await hashPassword(PASSWORD);
  return (email, name) => em.create(User, { email, name, passwordHash });
}

/** Logs in over HTTP and returns a function that sends GraphQL as that user, failing on any error. */
export async function signedInClient(url, email) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { logIn(input: { email: "${email}", password: "${PASSWORD}" }) { user { id } } }` }),
  });
  const cookie = response.headers.get('set-cookie').split(';')[0];
  return async (query, variables) => {
    const r = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const body = await r.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
}

/** Prints a table; exits 1 when a count is not the same as the baseline's (an N+1). */
export function reportCounts(title, header, rows, describe) {
  const baseline = rows[0].statements;
  console.log(`\n${title}`);
  console.log(header);
  for (const row of rows) console.log(describe(row, (row.statements / baseline).toFixed(2)));
  if (rows.some((r) => r.statements !== baseline)) {
    console.error('FAIL: the statement count grows with the size of the data (N+1).');
    process.exitCode = 1;
  }
}
