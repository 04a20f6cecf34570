import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { pino, type Logger } from 'pino';

/**
 * What the server logs, and how. Lines are JSON (pino), one a line, on standard output: a level,
 * a time, the request id of the HTTP request or WebSocket message being handled (if any) and a
 * message. A log is read by more people than the database (whoever runs the service, a log
 * platform), so no line may hold what people wrote or sent: a database driver's message holds
 * the statement with its values (a new account's password hash, section text, testimonials) and
 * its detail the row's key; other messages may quote values. A line says what kind of error,
 * where in the code, and for the database which SQLSTATE, statement kind, table, column and
 * constraint: enough to find the fault, nothing to leak. Nothing here logs a request's body,
 * variables, headers or query string, nor a person's name or email.
 */

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * The request being handled, carried through its asynchronous work, so that every line logged
 * meanwhile (an unexpected error deep in a service) names it without being handed it. Process-wide
 * plumbing like the logger itself, not state: each request or message brings its own store.
 */
const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** A client's X-Request-Id is kept when it is a plain token (a proxy's); anything else gets a new one. */
export function requestIdFrom(given: unknown): string {
  return typeof given === 'string' && /^[A-Za-z0-9._:-]{8,64}$/.test(given) ? given : randomUUID();
}

/** Runs `work` as the request `requestId`: every line logged meanwhile carries it. */
export function inRequest<T>(requestId: string, work: () => T): T {
  return requestScope.run({ requestId }, work);
}

/** From here to the end of the current synchronous work and what it starts (an event's later listeners): request `requestId`. */
export function enterRequest(requestId: string): void {
  requestScope.enterWith({ requestId });
}

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

/**
 * The process's logger: one per process, as standard output is. Written through
 * process.stdout.write (not pino's own file descriptor writer) so that its lines and the start
 * message keep their order and a test can read them. Its level is the last QUORUM_LOG_LEVEL a
 * server of this process started with (app.ts).
 */
let processLogger: Logger<never> | undefined;
export function log(): Logger<never> {
  processLogger ??= pino(
    {
      level: 'info',
      base: undefined, // no pid or hostname: the platform that collects the lines knows them
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => requestScope.getStore() ?? {},
      // A safety net: no call here passes such fields, and none may.
      redact: {
        paths: [
          'password',
          'passwordHash',
          'token',
          'secret',
          'authorization',
          'cookie',
          'email',
          'name',
          'text',
          'body',
          'variables',
          '*.password',
          '*.token',
          '*.authorization',
          '*.cookie',
          '*.email',
        ],
        censor: '[left out]',
      },
      serializers: { err: (error: unknown) => describeError(error) },
    },
    { write: (line: string) => void process.stdout.write(line) },
  );
  return processLogger;
}

export function setLogLevel(level: LogLevel): void {
  log().level = level;
}

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
  log().error(`${what}: ${describeError(error)}`);
}

/**
 * For Apollo Server, which logs some errors as `${error}` (the whole message, SQL and all):
 * its own lines are kept to their first line, quoted values left out.
 */
export const apolloLogger = {
  debug: () => {},
  info: (message: unknown) => log().info(withoutQuoted(String(message).split('\n')[0])),
  warn: (message: unknown) => log().warn(withoutQuoted(String(message).split('\n')[0])),
  error: (message: unknown) => log().error(message instanceof Error ? describeError(message) : withoutQuoted(String(message).split('\n')[0])),
};
