import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { formErrors, hasCode, problemsFrom } from './api-errors';

const graphQLErrors = (...errors: { message: string; extensions: Record<string, unknown> }[]) => new CombinedGraphQLErrors({ errors });

describe('API errors in plain words', () => {
  it('links each invalid input field to its control', () => {
    const error = graphQLErrors({
      message: 'x',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.email', fields: [{ field: 'input.email', message: 'Enter an email address in the right format, like name@nhs.net.' }] },
    });
    expect(formErrors(error, { email: 'invite-email' })).toEqual([{ message: 'Enter an email address in the right format, like name@nhs.net.', field: 'invite-email' }]);
  });

  it('keeps the server’s own words for its public codes, with the field when it names one', () => {
    const error = graphQLErrors({ message: 'lead@x.nhs.uk is already a member of this entry.', extensions: { code: 'CONFLICT', field: 'input.email' } });
    expect(formErrors(error, { email: 'invite-email' })).toEqual([{ message: 'lead@x.nhs.uk is already a member of this entry.', field: 'invite-email' }]);
    expect(hasCode(error, 'CONFLICT')).toBe(true);
  });

  it('never shows internal messages', () => {
    const error = graphQLErrors({ message: 'relation "entry" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(problemsFrom(error)[0].message).toBe('Something went wrong on the server. Try again in a few minutes.');
  });

  it('says when the server cannot be reached', () => {
    expect(problemsFrom(new TypeError('Failed to fetch'))[0].message).toMatch(/could not reach the server/);
    const serverError = new ServerError('Bad gateway', { response: new Response('', { status: 502 }), bodyText: '' });
    expect(problemsFrom(serverError)[0].message).toMatch(/Something went wrong on the server/);
  });
});
