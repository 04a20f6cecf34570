import { GraphQLError } from 'graphql';

/** The error codes of the API (docs/architecture.md, "A request"; the README lists them for API clients). */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'RATE_LIMITED';

export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const unauthenticated = (message = 'You need to log in to do this.') => apiError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => apiError('FORBIDDEN', message);
export const notFound = (what: string) => apiError('NOT_FOUND', `${what} was not found.`);
export const conflict = (message: string, extensions: Record<string, unknown> = {}) => apiError('CONFLICT', message, extensions);
/** `field` is the input field at fault, so that a form can show the message beside it. */
export const badInput = (field: string, message: string) => apiError('BAD_USER_INPUT', message, { field });
