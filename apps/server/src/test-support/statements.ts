/**
 * Records the SQL statements a test server sends (MikroORM's query log lines) while some work
 * runs, for tests that count them (no N+1) or look for writes. Hand `onQuery` to the server's
 * start options, then wrap the work in `withStatements`; nothing is kept outside it.
 */
export function statementRecorder() {
  let recorded: string[] | undefined;
  return {
    onQuery: (sql: string) => void recorded?.push(sql),
    /** What `work` answers, and the statements sent meanwhile. */
    async withStatements<T>(work: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
      recorded = [];
      try {
        return { result: await work(), sql: recorded };
      } finally {
        recorded = undefined;
      }
    },
  };
}
