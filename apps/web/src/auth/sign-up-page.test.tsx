import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, meMock } from '../test/fixtures';
import { render } from '../test/render';
import { SignUpMutation } from './operations';
import { SignUpPage } from './sign-up-page';

function fillIn(name: string, email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Your name'), { target: { value: name } });
  fireEvent.change(screen.getByLabelText('Email address'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Create a password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
}

/** Nia signs up with `password`, and the server refuses it with `code` and `message` about `field`. */
async function refusedSignUp(password: string, code: string, message: string, field: string) {
  const refused = {
    request: { query: SignUpMutation, variables: { input: { name: 'Nia Adeyemi', email: 'nia@example.nhs.uk', password } } },
    result: apiError(code, message, { field }),
  };
  render(<SignUpPage />, { mocks: [meMock(null), refused] });
  await waitFor(() => screen.getByRole('heading', { name: 'Create an account' }));
  fillIn('Nia Adeyemi', 'nia@example.nhs.uk', password);
}

describe('sign-up page', () => {
  it('asks for a password of at least 15 characters before sending it', async () => {
    render(<SignUpPage />, { mocks: [meMock(null)] });
    await waitFor(() => screen.getByRole('heading', { name: 'Create an account' }));
    fillIn('Nia Adeyemi', 'nia@example.nhs.uk', 'fourteen chars');
    await waitFor(() => expect(document.getElementById('password-error')?.textContent).toBe('Error: Enter a password of at least 15 characters'));
  });

  it('shows the server’s refusal of a common password at the password field', async () => {
    const message = 'Enter a password that is harder to guess: this one is in lists of common passwords.';
    await refusedSignUp('passwordpassword', 'BAD_USER_INPUT', message, 'input.password');
    await waitFor(() => expect(document.getElementById('password-error')?.textContent).toBe(`Error: ${message}`));
    expect(screen.getByRole('link', { name: message }).getAttribute('href')).toBe('#password');
    expect(screen.getByLabelText('Create a password').getAttribute('aria-describedby')).toContain('password-error');
  });

  it('tells someone who already has an account to log in, at the email field', async () => {
    const message = 'An account with this email already exists. Log in instead.';
    await refusedSignUp('a long enough password', 'CONFLICT', message, 'input.email');
    await waitFor(() => expect(document.getElementById('email-error')?.textContent).toBe(`Error: ${message}`));
    expect(screen.getByRole('link', { name: 'Log in' }).getAttribute('href')).toMatch(/^\/log-in/);
  });
});
