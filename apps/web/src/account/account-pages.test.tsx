import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError } from '../test/fixtures';
import { render } from '../test/render';
import { AccountPage } from './account-page';
import { ForgotPasswordPage } from './forgot-password-page';
import { MailPreferencesQuery, RequestPasswordResetMutation, ResetPasswordMutation, ServerInfoQuery, SetMailPreferenceMutation, UnsubscribeMutation } from './operations';
import { ResetPasswordPage } from './reset-password-page';
import { UnsubscribePage } from './unsubscribe-page';

const serverInfo = (mailEnabled: boolean) => ({ request: { query: ServerInfoQuery }, result: { data: { serverInfo: { __typename: 'ServerInfo' as const, mailEnabled } } }, maxUsageCount: Infinity });
const preferences = (mention: 'AT_ONCE' | 'NEVER') => ['MENTION', 'REPLY'].map((kind) => ({ __typename: 'MailPreferenceItem' as const, kind, delivery: kind === 'MENTION' ? mention : 'AT_ONCE' }));

describe('forgot password', () => {
  it('asks for a link and says the same whatever the address', async () => {
    const asked = {
      request: { query: RequestPasswordResetMutation, variables: { input: { email: 'amara@nhs.net' } } },
      result: { data: { requestPasswordReset: { __typename: 'RequestPasswordResetPayload' as const, requested: true, mailEnabled: true } } },
    };
    render(<ForgotPasswordPage />, { mocks: [serverInfo(true), asked] });
    fireEvent.change(await screen.findByLabelText('Email address'), { target: { value: ' amara@nhs.net ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send me a reset link' }));
    await screen.findByRole('heading', { name: 'Check your email' });
    expect(screen.getByText(/If there is a Quorum account for amara@nhs.net/)).toBeTruthy();
  });

  it('says so when this Quorum sends no email', async () => {
    render(<ForgotPasswordPage />, { mocks: [serverInfo(false)] });
    await screen.findByText(/does not send email/);
    expect(screen.queryByRole('button', { name: 'Send me a reset link' })).toBeNull();
  });
});

describe('reset password', () => {
  it('shows a used link’s refusal with a way to ask again, then changes the password with a good one', async () => {
    const used = {
      request: { query: ResetPasswordMutation, variables: { input: { token: 'tok', newPassword: 'a brand new kettle on the hill' } } },
      result: apiError('BAD_USER_INPUT', 'This reset link has expired or has already been used. Ask for a new one.', { field: 'input.token' }),
    };
    render(<ResetPasswordPage />, { mocks: [used], at: '/reset-password/tok', path: '/reset-password/:token' });
    fireEvent.change(await screen.findByLabelText('New password'), { target: { value: 'a brand new kettle on the hill' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(document.querySelector('.nhsuk-error-summary')?.textContent).toContain('already been used'));
    expect(screen.getByRole('link', { name: 'Ask for a new one' }).getAttribute('href')).toBe('/forgot-password');
  });

  it('tells the person they are logged out everywhere and sends them to log in', async () => {
    const ok = {
      request: { query: ResetPasswordMutation, variables: { input: { token: 'tok', newPassword: 'a brand new kettle on the hill' } } },
      result: { data: { resetPassword: { __typename: 'ResetPasswordPayload' as const, passwordReset: true } } },
    };
    render(<ResetPasswordPage />, { mocks: [ok], at: '/reset-password/tok', path: '/reset-password/:token' });
    fireEvent.change(await screen.findByLabelText('New password'), { target: { value: 'a brand new kettle on the hill' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    await screen.findByRole('heading', { name: 'Your password has been changed' });
    expect(screen.getByRole('link', { name: 'Log in' }).getAttribute('href')).toBe('/log-in');
  });
});

describe('email choices', () => {
  it('saves a kind’s choice as it is made', async () => {
    const mine = { request: { query: MailPreferencesQuery }, result: { data: { me: { __typename: 'User' as const, id: 'u1', mailPreferences: preferences('AT_ONCE') } } } };
    const saved = {
      request: { query: SetMailPreferenceMutation, variables: { input: { kind: 'MENTION', delivery: 'NEVER' } } },
      result: { data: { setMailPreference: { __typename: 'SetMailPreferencePayload' as const, mailPreferences: preferences('NEVER') } } },
    };
    render(<AccountPage />, { mocks: [serverInfo(true), mine, saved] });
    const group = await screen.findByRole('group', { name: 'Someone mentions you in a comment' });
    const never = group.querySelector<HTMLInputElement>('input[value="NEVER"]')!;
    expect(group.querySelector<HTMLInputElement>('input[value="AT_ONCE"]')!.checked).toBe(true);
    fireEvent.click(never);
    await waitFor(() => expect(never.checked).toBe(true));
    expect(screen.getByRole('group', { name: 'Replies in comment threads you took part in' }).querySelector<HTMLInputElement>('input[value="AT_ONCE"]')!.checked).toBe(true);
  });

  it('an unsubscribe link asks before it stops a kind, without logging in', async () => {
    const stopped = {
      request: { query: UnsubscribeMutation, variables: { input: { token: 'abc.def' } } },
      result: { data: { unsubscribe: { __typename: 'UnsubscribePayload' as const, kinds: ['MENTION'] } } },
    };
    render(<UnsubscribePage />, { mocks: [stopped], at: '/unsubscribe/abc.def', path: '/unsubscribe/:token' });
    fireEvent.click(await screen.findByRole('button', { name: 'Stop these emails' }));
    await screen.findByRole('heading', { name: 'You are unsubscribed' });
    expect(screen.getByText('Someone mentions you in a comment')).toBeTruthy();
  });
});
