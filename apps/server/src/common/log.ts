/**
 * What the server logs about an error. A log is read by more people than the database (whoever
 * runs the service, a log platform), so no line may hold what people wrote or sent: a database
 * driver's message holds the statement with its values (a new account's password hash,
 * section text, testimonials) and its detail the row's key; other messages may quote values.
 * A line says what kind of error, where in the code, and for the database which SQLSTATE,
 * statement kind, table, column and constraint: enough to find the fault, nothing to leak.
 */

interface DatabaseErrorFields {
  code?: unknown;
  routine?: unknown;
  table?: unknown;
  column?: unknown;
  constraint?: unknown;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
const STATEMENT_KINDS = new Set(['select', 'insert', 'update', 'delete', 'with', 'begin', 'commit', 'rollback', 'savepoint', 'release', 'create', 'alter', 'drop', 'lock', 'set', 'truncate']);

/** A PostgreSQL error (pg's, or MikroORM's DriverException, which copies pg's fields). */
function isDatabaseError(error: Error): error is Error & DatabaseErrorFields {
  const { code } = error as DatabaseErrorFields;
  return typeof code === 'string' && SQLSTATE.test(code) && ('severity' in error || 'routine' in error || error.name.endsWith('Exception'));
}

/** Quoted text in a message (values, as in `invalid input syntax for type uuid: "…"`), left out. */
function withoutQuoted(text: string): string {
  return text.replace(/'(?:[^'\\]|\\.|'')*'/g, "'…'").replace(/"(?:[^"\\]|\\.)*"/g, '"…"');
}

/** Where the error was thrown: the stack's frames, which name code, never data (the message, which heads the stack, is left out). */
function frames(error: Error): string {
  const stack = error.stack ?? '';
  const messageAt = error.message ? stack.indexOf(error.message) : -1;
  return (messageAt < 0 ? stack : stack.slice(messageAt + error.message.length))
    .split('\n')
    .filter((line) => /^ {4}at .+:\d+:\d+\)?$/.test(line))
    .slice(0, 12)
    .join('\n');
}

/** A summary of an error that is safe to log (see above). */
export function describeError(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) return `a thrown ${error === null ? 'null' : typeof error}`;
  let line: string;
  if (isDatabaseError(error)) {
    const kind = /^\s*(\w+)/.exec(error.message)?.[1]?.toLowerCase();
    const parts = [
      `${error.name} (SQLSTATE ${error.code}${typeof error.routine === 'string' ? `, ${error.routine}` : ''})`,
      kind && STATEMENT_KINDS.has(kind) ? `in ${kind}` : undefined,
      typeof error.table === 'string' ? `table ${error.table}` : undefined,
      typeof error.column === 'string' ? `column ${error.column}` : undefined,
      typeof error.constraint === 'string' ? `constraint ${error.constraint}` : undefined,
    ];
    line = parts.filter(Boolean).join(', ');
  } else {
    line = `${error.name}: ${withoutQuoted(error.message.split('\n')[0]).slice(0, 300)}`;
  }
  const where = frames(error);
  const cause = error.cause !== undefined && depth < 3 ? `\n  caused by ${describeError(error.cause, depth + 1)}` : '';
  return `${line}${where ? `\n${where}` : ''}${cause}`;
}

/** The summary's first line, to say within a sentence what went wrong. */
export function errorSummary(error: unknown): string {
  return describeError(error).split('\n')[0];
}

/** Logs `what` happened and a safe summary of the error. */
export function logError(what: string, error: unknown): void {
  console.error(`${what}: ${describeError(error)}`);
}

/**
 * For Apollo Server, which logs some errors as `${error}` (the whole message, SQL and all):
 * its own lines are kept to their first line, quoted values left out.
 */
export const apolloLogger = {
  debug: () => {},
  info: (message: unknown) => console.info(String(message)),
  warn: (message: unknown) => console.warn(withoutQuoted(String(message).split('\n')[0])),
  error: (message: unknown) => console.error(message instanceof Error ? describeError(message) : withoutQuoted(String(message).split('\n')[0])),
};
