import { GraphQLError } from 'graphql';

/** The ways a request is refused (docs/architecture.md, "A request"; the README lists them for API clients). */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'RATE_LIMITED' | 'PASSWORD_LOGIN_DISABLED';

/**
 * A refusal, as services, policies and checks raise it: a code, a message for the person, and
 * details (`field`, `currentVersion`…). It knows nothing of GraphQL or HTTP; one boundary maps
 * it: `toGraphQLError` (both transports, through common/format-error.ts) and `HTTP_STATUS`
 * (downloads, and a refusal before GraphQL runs), as Twenty maps its exceptions.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Exhaustive: a new code does not compile until it has its status. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  // QUORUM_PASSWORD_LOGIN=false: log-in and sign-up with a password are refused (single sign-on only).
  PASSWORD_LOGIN_DISABLED: 403,
};

/** The GraphQL error a refusal becomes: its code and details as extensions (and its HTTP status, for Apollo when it refuses before any resolver runs). */
export function toGraphQLError(error: DomainError, { withStatus = false } = {}): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details, ...(withStatus ? { http: { status: HTTP_STATUS[error.code] } } : {}) } });
}

export function apiError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError(code, message, details);
}

export const unauthenticated = (message = 'You need to log in to do this.') => apiError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => apiError('FORBIDDEN', message);
export const notFound = (what: string) => apiError('NOT_FOUND', `${what} was not found.`);
export const conflict = (message: string, details: Record<string, unknown> = {}) => apiError('CONFLICT', message, details);
/** `field` is the input field at fault, so that a form can show the message beside it. */
export const badInput = (field: string, message: string) => apiError('BAD_USER_INPUT', message, { field });
