import { describe, expect, it } from 'vitest';
import { apiError, meMock } from '../test/fixtures';
import { click, fill, getByLabel, getByRole, render, waitFor } from '../test/render';
import { LogInMutation } from './log-in.mutation';
import { LogInPage } from './log-in-page';

describe('log in page', () => {
  it('lists what is missing in an error summary that takes focus, each linked to its field', async () => {
    await render(<LogInPage />, { mocks: [meMock(null)] });
    await waitFor(() => getByRole('heading', 'Log in'));
    await click(getByRole('button', 'Log in'));

    const summary = document.querySelector<HTMLElement>('.nhsuk-error-summary')!;
    expect(document.activeElement).toBe(summary);
    const links = [...summary.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Enter your email address', '#email'],
      ['Enter your password', '#password'],
    ]);
    expect(getByLabel('Email address').getAttribute('aria-describedby')).toBe('email-error');
    expect(document.title).toBe('Error: Log in – Quorum');

    await click(getByRole('link', 'Enter your password'));
    expect(document.activeElement).toBe(getByLabel('Password'));
  });

  it('shows the server’s refusal in plain words', async () => {
    const refused = {
      request: { query: LogInMutation, variables: { input: { email: 'lead@demo.quorum.test', password: 'wrong password' } } },
      result: apiError('UNAUTHENTICATED', 'The email or password is not right.'),
    };
    await render(<LogInPage />, { mocks: [meMock(null), refused] });
    await waitFor(() => getByRole('heading', 'Log in'));
    await fill(getByLabel('Email address'), 'lead@demo.quorum.test');
    await fill(getByLabel('Password'), 'wrong password');
    await click(getByRole('button', 'Log in'));

    await waitFor(() => expect(document.querySelector('.nhsuk-error-summary__list')?.textContent).toBe('The email or password is not right.'));
  });

  it('lets people check their password by showing it', async () => {
    await render(<LogInPage />, { mocks: [meMock(null)] });
    await waitFor(() => getByRole('heading', 'Log in'));
    expect(getByLabel('Password').getAttribute('type')).toBe('password');
    await click(getByRole('button', 'Show password'));
    expect(getByLabel('Password').getAttribute('type')).toBe('text');
  });
});
