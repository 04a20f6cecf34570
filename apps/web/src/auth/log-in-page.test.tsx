import { describe, expect, it } from 'vitest';
import { apiError, meMock, singleSignOnMock } from '../test/fixtures';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { render } from '../test/render';
import { LogInMutation } from './operations';
import { LogInPage } from './log-in-page';
import { linksIn } from '../test/links';

describe('log in page', () => {
  it('lists what is missing in an error summary that takes focus, each linked to its field', async () => {
    render(<LogInPage />, { mocks: [meMock(null)] });
    await waitFor(() => screen.getByRole('heading', { name: 'Log in' }));
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));

    const summary = document.querySelector<HTMLElement>('.nhsuk-error-summary')!;
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const links = linksIn(summary);
    expect(links).toEqual([
      ['Enter your email address', '#email'],
      ['Enter your password', '#password'],
    ]);
    expect(screen.getByLabelText('Email address').getAttribute('aria-describedby')).toBe('email-error');
    expect(document.title).toBe('Error: Log in – Quorum');

    fireEvent.click(screen.getByRole('link', { name: 'Enter your password' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Password')));
  });

  it('shows the server’s refusal in plain words, linked to the password field, which is marked in error', async () => {
    const refused = {
      request: { query: LogInMutation, variables: { input: { email: 'lead@demo.quorum.test', password: 'wrong password' } } },
      result: apiError('UNAUTHENTICATED', 'The email or password is not right.'),
    };
    render(<LogInPage />, { mocks: [meMock(null), refused] });
    await waitFor(() => screen.getByRole('heading', { name: 'Log in' }));
    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'lead@demo.quorum.test' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'wrong password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));

    await waitFor(() => expect(document.querySelector('.nhsuk-error-summary__list')?.textContent).toBe('The email or password is not right.'));
    // Which of the two was wrong is not said; the password is what to try again, as in the NHS pattern.
    expect(screen.getByRole('link', { name: 'The email or password is not right.' }).getAttribute('href')).toBe('#password');
    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('aria-describedby')).toBe('password-error');
    expect(document.getElementById('password-error')!.textContent).toBe('Error: The email or password is not right.');
    expect(password.className).toContain('nhsuk-input--error');
    expect(screen.getByLabelText('Email address').getAttribute('aria-describedby')).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: 'The email or password is not right.' }));
    await waitFor(() => expect(document.activeElement).toBe(password));
  });

  it('lets people check their password by showing it', async () => {
    render(<LogInPage />, { mocks: [meMock(null)] });
    await waitFor(() => screen.getByRole('heading', { name: 'Log in' }));
    expect(screen.getByLabelText('Password').getAttribute('type')).toBe('password');
    fireEvent.click(screen.getByRole('button', { name: 'Show password' }));
    expect(screen.getByLabelText('Password').getAttribute('type')).toBe('text');
  });
});

describe('log in page with single sign-on', () => {
  it('shows the button beside the password form, going to the server with where to come back', async () => {
    render(<LogInPage />, { mocks: [meMock(null), singleSignOnMock(true)], at: '/log-in?next=%2Fentries%2Fe1' });
    const button = await screen.findByRole('link', { name: 'Sign in with NHSmail' });
    expect(button.getAttribute('href')).toBe('/auth/sso/start?next=%2Fentries%2Fe1');
    expect(screen.getByLabelText('Password')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Create an account' })).toBeTruthy();
  });

  it('shows only the button when password log-in is turned off', async () => {
    render(<LogInPage />, { mocks: [meMock(null), singleSignOnMock(false)] });
    await screen.findByRole('link', { name: 'Sign in with NHSmail' });
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Log in' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Create an account' })).toBeNull();
  });
});
