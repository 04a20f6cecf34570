import * as oidc from 'openid-client';
import type { SsoConfig } from './sso-config.js';

/** What the provider told us about the person, once every check has passed. */
export interface ProviderClaims {
  issuer: string;
  subject: string;
  email?: string;
  emailVerified: boolean;
  name?: string;
  /** When the person last signed in at the provider (the ID token's auth_time), if it says. */
  authTime?: Date;
}

export interface AuthorizationChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * Quorum as a client of one OpenID Connect provider, through openid-client (v6: ESM, the
 * global fetch). Owned by AppServices (app.ts). The provider's metadata is discovered at the
 * first use and kept; a failed discovery (the provider unreachable) is tried again next time
 * rather than stopping Quorum from starting, so password log-in keeps working meanwhile.
 */
export class SsoClient {
  private discovered?: Promise<oidc.Configuration>;

  constructor(
    readonly settings: SsoConfig,
    /** `${QUORUM_PUBLIC_URL}/auth/sso/callback`: what is registered at the provider. */
    readonly redirectUri: string,
  ) {}

  private configuration(): Promise<oidc.Configuration> {
    this.discovered ??= oidc
      .discovery(this.settings.issuer, this.settings.clientId, this.settings.clientSecret, undefined, {
        // Plain http only for a provider on this computer (config.ts allows no other).
        execute: this.settings.loopback ? [oidc.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((error: unknown) => {
        this.discovered = undefined;
        throw error;
      });
    return this.discovered;
  }

  /** Fresh random values for one trip: state, nonce and the PKCE verifier (only its S256 challenge leaves). */
  static newChecks(): AuthorizationChecks {
    return { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
  }

  /** The provider's authorization URL: the code flow with PKCE; `reauthenticate` makes it ask the person to sign in again whatever session they have there. */
  async authorizationUrl(checks: AuthorizationChecks, options: { reauthenticate?: boolean; loginHint?: string } = {}): Promise<URL> {
    const config = await this.configuration();
    const parameters: Record<string, string> = {
      redirect_uri: this.redirectUri,
      scope: 'openid profile email',
      response_type: 'code',
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    };
    if (options.reauthenticate) Object.assign(parameters, { prompt: 'login', max_age: '0' });
    if (options.loginHint) parameters.login_hint = options.loginHint;
    return oidc.buildAuthorizationUrl(config, parameters);
  }

  /**
   * Checks the provider's answer (the callback's `query`, as the browser brought it) and exchanges its
   * code: the state must be ours, the code is sent with the PKCE verifier, the ID token's
   * signature, issuer, audience, expiry and nonce are checked by openid-client. Throws on any
   * mismatch or an error the provider returned.
   */
  async exchange(query: URLSearchParams, checks: AuthorizationChecks): Promise<ProviderClaims> {
    const config = await this.configuration();
    // openid-client sends the callback's address without its query as the redirect_uri: the registered one, not whatever Host the request came with.
    const callbackUrl = new URL(this.redirectUri);
    callbackUrl.search = query.toString();
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      pkceCodeVerifier: checks.codeVerifier,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('The provider sent no ID token.');
    const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
    const given = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
    return {
      issuer: claims.iss,
      subject: claims.sub,
      email: text(claims.email)?.toLowerCase(),
      // Some providers send "true" as a string.
      emailVerified: claims.email_verified === true || claims.email_verified === 'true',
      name: text(claims.name) ?? (given || undefined),
      authTime: typeof claims.auth_time === 'number' ? new Date(claims.auth_time * 1000) : undefined,
    };
  }
}
