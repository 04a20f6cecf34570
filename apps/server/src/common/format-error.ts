import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from './errors.js';
import { logError } from './log.js';

const PUBLIC_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables, error limit reached. Execution aborted.';

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * graphql-armor words its refusals as "Syntax Error: Query Cost limit of 20000 exceeded, …":
 * they are limits, not syntax, and a script needs to know how to ask for less.
 */
function explainLimit(message: string): string {
  const limit = /^Syntax Error: (.*\blimit of\b.*)$/s.exec(message)?.[1];
  return limit ? limitRefused(limit) : message;
}

/** A limit's refusal, e.g. "Query Cost limit of 20000 exceeded, found 30000.", with what to do about it. */
export function limitRefused(limit: string): string {
  return `${limit.replace(/\.?$/, '.')} Ask for less in one request (smaller pages with \`first\`, fewer nested lists or aliases), or split it into several requests.`;
}

/**
 * GraphQL's own refusal of an argument or variable that does not fit its type, e.g.
 * `Variable "$i" got invalid value { name: "x" } at "i.values[0]"; Field "count" of required
 * type "Int!" was not provided.` It gets the field at fault (an argument's name; a variable's
 * path in the variables, as the client named them) and a message without the echoed value,
 * which may hold a password beside the field at fault.
 */
export function typeMismatch(message: string): { field: string; message: string } | undefined {
  const argument = /^Argument "([^"]+)" (?:of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)|has invalid value .*)\.$/s.exec(message);
  if (argument) return { field: argument[1], message };
  const absent = /^Variable "\$([^"]+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)\.$/.exec(message);
  if (absent) return { field: absent[1], message };
  const invalid = /^Variable "\$([^"]+)" got invalid value /.exec(message);
  if (!invalid) return undefined;
  const name = invalid[1];
  const end = endOfValue(message, invalid[0].length);
  if (end < 0) return { field: name, message: `Variable "$${name}" does not fit its type.` };
  const path = / at "([^"]+)"$/.exec(message.slice(0, end))?.[1] ?? name;
  const detail = message.slice(end + 2);
  const inner = /^Field "([^"]+)" (?:of required type|is not defined by type) /.exec(detail)?.[1];
  return { field: inner ? `${path}.${inner}` : path, message: `Variable "$${name}"${path === name ? '' : ` at "${path}"`}: ${detail}` };
}

/** Where "; " first follows the printed value (strings in it are JSON, so quotes are escaped). */
function endOfValue(message: string, from: number): number {
  let quoted = false;
  for (let i = from; i < message.length; i++) {
    if (quoted && message[i] === '\\') i++;
    else if (message[i] === '"') quoted = !quoted;
    else if (!quoted && message.startsWith('; ', i)) return i;
  }
  return -1;
}

/**
 * Shapes every error the API returns, over HTTP and WebSocket alike. Input validation
 * failures name the field at fault and never echo the values (they may be passwords).
 * Anything unexpected becomes a plain INTERNAL_SERVER_ERROR: no stack, no SQL, unless in
 * development mode.
 */
export function formatApiError(formatted: GraphQLFormattedError, error: unknown, development: boolean): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  // A refusal the domain raised (common/errors.ts): its code and details, as they are.
  if (original instanceof DomainError) {
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: original.code, ...original.details } };
  }
  const validationErrors = (formatted.extensions?.validationErrors ?? (original as GraphQLError)?.extensions?.validationErrors) as ValidationError[] | undefined;
  if (validationErrors) {
    const fields = flatten(validationErrors).map((f) => ({ ...f, field: `input.${f.field}` }));
    return {
      message: fields.map((f) => f.message).join(' '),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', field: fields[0]?.field, fields },
    };
  }
  // graphql-js stops after 50 variable errors and adds this one, with no code: the client's doing too.
  if (error instanceof GraphQLError && error.message === TOO_MANY_VARIABLE_ERRORS) {
    const message = 'Too many variable values do not fit their types: the first 50 are listed; nothing was run.';
    return { message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', field: 'variables' } };
  }
  // Over HTTP Apollo marks bad variables BAD_USER_INPUT, and nothing marks the rest: all get the same.
  const mismatch = error instanceof GraphQLError ? typeMismatch(error.message) : undefined;
  if (mismatch) {
    return { message: mismatch.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', field: mismatch.field } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    const { http: _http, stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message: explainLimit(formatted.message), extensions: development ? { ...extensions, stacktrace } : extensions };
  }
  if (!development) logError('Unexpected error', original);
  return {
    message: development ? formatted.message : 'Something went wrong on the server. Please try again.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: development ? { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } : { code: 'INTERNAL_SERVER_ERROR' },
  };
}
