/** Single sign-on through an OpenID Connect provider (auth/sso/), read with the other settings by config.ts. */
export interface SsoConfig {
  /** QUORUM_OIDC_ISSUER: the provider's issuer, e.g. https://login.microsoftonline.com/<tenant id>/v2.0 for Entra ID. */
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** QUORUM_OIDC_ALLOWED_DOMAINS, lower case: only addresses at these domains may sign in; empty, any. */
  allowedDomains: string[];
  /** QUORUM_OIDC_BUTTON_LABEL: the log-in page's button, "Sign in with NHSmail" by default. */
  buttonLabel: string;
  /**
   * QUORUM_OIDC_TRUST_EMAILS: take the `email` claim as verified even without `email_verified`.
   * Entra ID never sends that claim; its tenant's administrators issue the addresses, so with a
   * single-tenant issuer (never /common or /organizations) the address is theirs to vouch for.
   */
  trustEmails: boolean;
  /** Plain http is allowed for a provider on this computer only (the tests' provider). */
  loopback: boolean;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * The SSO settings, or undefined when QUORUM_OIDC_ISSUER is unset; each problem is pushed to
 * `problems` (config.ts reports them all at once). The secret is never repeated in a message.
 */
export function ssoConfigFromEnv(env: NodeJS.ProcessEnv, problems: string[]): SsoConfig | undefined {
  const issuerText = env.QUORUM_OIDC_ISSUER?.trim();
  const clientId = env.QUORUM_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.QUORUM_OIDC_CLIENT_SECRET;
  const domains = env.QUORUM_OIDC_ALLOWED_DOMAINS;
  const label = env.QUORUM_OIDC_BUTTON_LABEL;
  const trust = env.QUORUM_OIDC_TRUST_EMAILS?.trim().toLowerCase();
  if (!issuerText) {
    const stray = ['QUORUM_OIDC_CLIENT_ID', 'QUORUM_OIDC_CLIENT_SECRET', 'QUORUM_OIDC_ALLOWED_DOMAINS', 'QUORUM_OIDC_BUTTON_LABEL', 'QUORUM_OIDC_TRUST_EMAILS'].filter(
      (name) => env[name] !== undefined,
    );
    if (env.QUORUM_OIDC_ISSUER !== undefined) problems.push('QUORUM_OIDC_ISSUER is empty: it must be your identity provider’s issuer URL, or unset for no single sign-on.');
    else if (stray.length) problems.push(`${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'} set but QUORUM_OIDC_ISSUER is not: set the issuer too for single sign-on, or unset them.`);
    return undefined;
  }
  let issuer: URL | undefined;
  try {
    issuer = new URL(issuerText);
  } catch {
    // reported below
  }
  const loopback = !!issuer && LOOPBACK_HOSTS.has(issuer.hostname);
  if (!issuer || !(issuer.protocol === 'https:' || (issuer.protocol === 'http:' && loopback))) {
    problems.push('QUORUM_OIDC_ISSUER must be the https:// issuer URL of your identity provider, such as https://login.microsoftonline.com/<tenant id>/v2.0 (http:// only on this computer).');
    issuer = undefined;
  }
  if (!clientId) problems.push('QUORUM_OIDC_CLIENT_ID must be the application (client) ID Quorum is registered with at the identity provider, whenever QUORUM_OIDC_ISSUER is set.');
  if (!clientSecret?.trim()) problems.push('QUORUM_OIDC_CLIENT_SECRET must be the client secret of that registration, whenever QUORUM_OIDC_ISSUER is set.');
  const allowedDomains = (domains ?? '')
    .split(',')
    .map((d) => d.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean);
  const badDomain = allowedDomains.find((d) => !DOMAIN.test(d));
  if (domains !== undefined && (allowedDomains.length === 0 || badDomain)) {
    problems.push(
      `QUORUM_OIDC_ALLOWED_DOMAINS must be email domains separated by commas, such as nhs.net,example.nhs.uk, or unset for any${badDomain ? `; ${JSON.stringify(badDomain)} is not one` : ''}.`,
    );
  }
  if (label !== undefined && !(label.trim().length > 0 && label.trim().length <= 60)) problems.push('QUORUM_OIDC_BUTTON_LABEL must be 1 to 60 characters, such as “Sign in with NHSmail”, or unset.');
  if (trust !== undefined && !['true', 'false', 'yes', 'no', '1', '0'].includes(trust))
    problems.push(`QUORUM_OIDC_TRUST_EMAILS must be true or false; it is ${JSON.stringify(env.QUORUM_OIDC_TRUST_EMAILS)}.`);
  // Entra ID's shared issuers admit every tenant's accounts (and personal ones): any tenant's administrator could then issue any address, so an unverified one is never to be trusted there.
  if (issuer && ['true', 'yes', '1'].includes(trust ?? '') && /^\/(common|organizations|consumers)(\/|$)/i.test(issuer.pathname)) {
    problems.push(
      'QUORUM_OIDC_TRUST_EMAILS=true needs a single-tenant issuer (https://login.microsoftonline.com/<tenant id>/v2.0): with /common, /organizations or /consumers any tenant could vouch for any address.',
    );
  }
  if (!issuer || !clientId || !clientSecret?.trim()) return undefined;
  return {
    issuer,
    clientId,
    clientSecret,
    allowedDomains,
    buttonLabel: label?.trim() || 'Sign in with NHSmail',
    trustEmails: ['true', 'yes', '1'].includes(trust ?? ''),
    loopback,
  };
}
