import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv } from '../../config.js';

const SSO = { QUORUM_OIDC_ISSUER: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0', QUORUM_OIDC_CLIENT_ID: 'quorum', QUORUM_OIDC_CLIENT_SECRET: 's3cret-value' };

/** The message of the ConfigError that `env` makes. */
function problemWith(env: Record<string, string>): string {
  try {
    configFromEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('the settings were accepted');
}

describe('single sign-on settings', () => {
  it('are off by default, with password log-in on', () => {
    const config = configFromEnv({});
    expect(config.sso).toBeUndefined();
    expect(config.passwordLogin).toBe(true);
  });

  it('read the issuer, client, allowed domains (lower case, @ optional), button words and trust of emails', () => {
    const config = configFromEnv({
      ...SSO,
      QUORUM_OIDC_ALLOWED_DOMAINS: ' NHS.net, @example.nhs.uk ',
      QUORUM_OIDC_BUTTON_LABEL: 'Sign in with your trust account',
      QUORUM_OIDC_TRUST_EMAILS: 'true',
      QUORUM_PASSWORD_LOGIN: 'false',
    });
    expect(config.sso).toMatchObject({
      clientId: 'quorum',
      clientSecret: 's3cret-value',
      allowedDomains: ['nhs.net', 'example.nhs.uk'],
      buttonLabel: 'Sign in with your trust account',
      trustEmails: true,
      loopback: false,
    });
    expect(config.sso!.issuer.href).toBe(SSO.QUORUM_OIDC_ISSUER);
    expect(config.passwordLogin).toBe(false);
    expect(configFromEnv(SSO).sso).toMatchObject({ buttonLabel: 'Sign in with NHSmail', allowedDomains: [], trustEmails: false });
  });

  it('refuse an issuer that is not https (plain http only on this computer), a missing client, and bad domains, naming each and never the secret', () => {
    const message = problemWith({ QUORUM_OIDC_ISSUER: 'http://idp.example.org', QUORUM_OIDC_CLIENT_SECRET: 'never-shown-secret', QUORUM_OIDC_ALLOWED_DOMAINS: 'nhs.net,not a domain' });
    expect(message).toContain('QUORUM_OIDC_ISSUER must be the https:// issuer URL');
    expect(message).toContain('QUORUM_OIDC_CLIENT_ID must be');
    expect(message).toContain('QUORUM_OIDC_ALLOWED_DOMAINS must be email domains');
    expect(message).not.toContain('never-shown-secret');
    expect(configFromEnv({ ...SSO, QUORUM_OIDC_ISSUER: 'http://127.0.0.1:9000' }).sso?.loopback).toBe(true);
  });

  it('refuse settings without an issuer, and password log-in turned off with nothing else to log in with', () => {
    expect(problemWith({ QUORUM_OIDC_CLIENT_ID: 'quorum' })).toContain('QUORUM_OIDC_CLIENT_ID is set but QUORUM_OIDC_ISSUER is not');
    expect(problemWith({ QUORUM_PASSWORD_LOGIN: 'false' })).toContain('nobody could log in');
    expect(problemWith({ ...SSO, QUORUM_OIDC_BUTTON_LABEL: ' ' })).toContain('QUORUM_OIDC_BUTTON_LABEL must be 1 to 60 characters');
    expect(problemWith({ ...SSO, QUORUM_OIDC_TRUST_EMAILS: 'maybe' })).toContain('QUORUM_OIDC_TRUST_EMAILS must be true or false');
    for (const shared of ['common', 'organizations', 'Consumers']) {
      const multiTenant = { ...SSO, QUORUM_OIDC_ISSUER: `https://login.microsoftonline.com/${shared}/v2.0`, QUORUM_OIDC_TRUST_EMAILS: 'true' };
      expect(problemWith(multiTenant)).toContain('QUORUM_OIDC_TRUST_EMAILS=true needs a single-tenant issuer');
    }
  });
});
