import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';
import type { FormError } from './error-summary';

/** One error from the API, in words a person can act on. `field` is the input field at fault, e.g. "email". */
export interface ApiProblem {
  code: string;
  message: string;
  field?: string;
}

const UNREACHABLE = 'Quorum could not reach the server. Check your internet connection and try again.';

/**
 * The server's own messages for its public codes are written for people (see the API's errors);
 * anything else gets a plain sentence rather than a technical one.
 */
function plain(code: string, message: string): string {
  switch (code) {
    case 'INTERNAL_SERVER_ERROR':
      return 'Something went wrong on the server. Try again in a few minutes.';
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'GRAPHQL_PARSE_FAILED':
    case 'BAD_REQUEST':
      return 'This page is out of date. Reload the page and try again.';
    default:
      return message;
  }
}

export function problemsFrom(error: unknown): ApiProblem[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.flatMap((e) => {
      const code = String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      const fields = e.extensions?.fields as { field: string; message: string }[] | undefined;
      if (code === 'BAD_USER_INPUT' && fields?.length) {
        return fields.map((f) => ({ code, message: f.message, field: fieldName(f.field) }));
      }
      return [{ code, message: plain(code, e.message), field: fieldName(e.extensions?.field) }];
    });
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return [{ code: 'SERVER', message: plain('INTERNAL_SERVER_ERROR', '') }];
  }
  return [{ code: 'NETWORK', message: UNREACHABLE }];
}

/** "input.email" and "email" both name the input's email field. */
function fieldName(field: unknown): string | undefined {
  return typeof field === 'string' ? field.replace(/^input\./, '') : undefined;
}

/** The problems as error summary items, linked to the form's controls by `fieldIds` (API field to element id). */
export function formErrors(error: unknown, fieldIds: Record<string, string> = {}): FormError[] {
  return problemsFrom(error).map((p) => ({ message: p.message, field: p.field ? fieldIds[p.field] : undefined }));
}

export const hasCode = (error: unknown, code: string) => problemsFrom(error).some((p) => p.code === code);
