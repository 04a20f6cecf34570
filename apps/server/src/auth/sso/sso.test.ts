import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Membership } from '../../entries/membership.entity.js';
import { ApiClient, codeOf } from '../../test-support/api-client.js';
import { CookieJarClient } from '../../test-support/cookie-jar-client.js';
import { createTeam, type Team } from '../../test-support/factories.js';
import { freePort } from '../../test-support/free-port.js';
import { startTestProvider, type ProviderUser, type TestProvider } from '../../test-support/oidc-provider.js';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../../test-support/test-server.js';
import { PasswordReset } from '../../mail/password-reset.entity.js';
import { ApiToken } from '../api-token.entity.js';
import { newSecret } from '../secrets.js';
import { User } from '../user.entity.js';
import { SsoIdentity } from './sso-identity.entity.js';
import { LIMITS_LOG_IN, RESET, SIGN_UP, SSO_INVITE, SSO_LOGIN_OPTIONS, SSO_ME, SSO_SECTION, SSO_SIGN_OFF } from '../../test-support/operations.js';

/**
 * Quorum with single sign-on through a real OpenID Connect provider (oidc-provider) on
 * loopback, on a port chosen first: the redirect URI registered at the provider must be
 * Quorum's public address.
 */
async function startWithProvider(provider: TestProvider, env: Record<string, string> = {}): Promise<TestServer> {
  const port = await freePort();
  return startTestServer({ PORT: String(port), QUORUM_PUBLIC_URL: `http://localhost:${port}`, ...provider.env, ...env });
}

describe('single sign-on through an OpenID Connect provider', { timeout: 60_000 }, () => {
  let provider: TestProvider;
  let server: TestServer;
  let people = 0;

  beforeAll(async () => {
    provider = await startTestProvider();
    server = await startWithProvider(provider, { QUORUM_OIDC_ALLOWED_DOMAINS: 'nhs.net, example.nhs.uk', QUORUM_OIDC_BUTTON_LABEL: 'Sign in with NHSmail' });
    provider.registerClient(server.url);
  });
  afterAll(async () => {
    await server?.stop();
    await provider?.stop();
  });

  const atQuorum = (url: URL) => url.origin === new URL(server.url).origin;
  const backAtQuorum = (url: URL) => atQuorum(url) && !url.pathname.startsWith('/auth/sso/');

  /** A person at their own browser who signs in at the provider as `user`, from `start` (a path); stops at the first page of Quorum's web app. */
  async function signIn(user: ProviderUser, start = '/auth/sso/start?next=%2Fentries', jar = new CookieJarClient()) {
    provider.signInAs(user);
    const walk = await jar.follow(`${server.url}${start}`, backAtQuorum);
    const client = new ApiClient(server.url);
    const session = jar.cookies(server.url).get('quorum_session');
    if (session) client.cookie = `quorum_session=${session}`;
    return { jar, walk, client, landedAt: walk.stoppedAt ? new URL(walk.stoppedAt) : undefined };
  }

  const person = (fields: Partial<ProviderUser> = {}): ProviderUser => {
    const n = ++people;
    return { sub: `provider-account-${n}`, email: `person.${n}@nhs.net`, name: `Person ${n}`, ...fields };
  };

  const count = (entity: typeof User | typeof SsoIdentity, where: object) => server.orm.em.fork().count(entity as typeof User, where);

  it('the log-in page learns what to show', async () => {
    const { loginOptions } = await server.client().ok(SSO_LOGIN_OPTIONS);
    expect(loginOptions).toEqual({ passwordLogin: true, singleSignOn: { label: 'Sign in with NHSmail', startPath: '/auth/sso/start', confirmPath: '/auth/sso/confirm' } });
  });

  it('a first sign-in goes through the provider (code flow with PKCE) and creates the account from the verified email and name; the next finds it again', async () => {
    const amara = person({ email: 'Amara.Okafor@NHS.net', name: 'Amara Okafor' });
    const first = await signIn(amara);
    expect(first.landedAt?.pathname).toBe('/entries');
    // Through the provider and back: start → provider's authorization → its log-in prompt → … → Quorum's callback.
    const hops = first.walk.hops.map((h) => new URL(h.url));
    expect(hops.some((u) => u.origin === provider.issuer && u.searchParams.get('code_challenge_method') === 'S256' && u.searchParams.get('nonce') && u.searchParams.get('state'))).toBe(true);
    expect(hops.at(-1)!.pathname).toBe('/auth/sso/callback');
    const { me } = await first.client.ok(SSO_ME);
    expect(me).toMatchObject({ email: 'amara.okafor@nhs.net', name: 'Amara Okafor', signOffConfirmation: 'SINGLE_SIGN_ON' });
    // The trip's cookie is gone; the account has no password (a password log-in is refused).
    expect(first.jar.cookies(server.url).has('quorum_sso')).toBe(false);
    expect(codeOf(await server.client().request(LIMITS_LOG_IN, { input: { email: 'amara.okafor@nhs.net', password: TEST_PASSWORD } }))).toBe('UNAUTHENTICATED');

    const again = await signIn(amara, '/auth/sso/start', first.jar);
    expect(again.landedAt?.pathname).toBe('/');
    expect((await again.client.ok(SSO_ME)).me!.id).toBe(me!.id);
    expect(await count(User, { email: 'amara.okafor@nhs.net' })).toBe(1);
  });

  it('an address at a domain that is not allowed is refused with a page that says so, and no account or session is made', async () => {
    const outsider = person({ email: 'someone@gmail.com' });
    const { walk, jar } = await signIn(outsider);
    expect(walk.response.status).toBe(403);
    expect(walk.response.headers.get('content-type')).toContain('text/html');
    const page = await walk.response.text();
    expect(page).toContain('This account cannot use Quorum');
    expect(page).toContain('only @nhs.net, @example.nhs.uk addresses can use Quorum here');
    expect(page).not.toMatch(/at .*\.(js|ts):\d+/); // no stack trace
    expect(jar.cookies(server.url).has('quorum_session')).toBe(false);
    expect(await count(User, { email: 'someone@gmail.com' })).toBe(0);
  });

  it('the allowed domains are matched whole, in any case: look-alikes and subdomains are refused (each must be listed)', async () => {
    for (const email of ['someone@nhs.net.evil.com', 'someone@evil-nhs.net', 'someone@sub.nhs.net']) {
      const { walk } = await signIn(person({ email }));
      expect(walk.response.status).toBe(403);
      expect(await walk.response.text()).toContain('This account cannot use Quorum');
    }
    expect((await signIn(person({ email: 'Someone.Else@Example.NHS.UK' }))).landedAt?.pathname).toBe('/entries');
  });

  it('where to go afterwards is a path on this site only: another site, however written, gives the home page', async () => {
    for (const next of ['//evil.example', '/\\evil.example', 'https://evil.example/', '/\t/evil.example']) {
      const { landedAt } = await signIn(person(), `/auth/sso/start?next=${encodeURIComponent(next)}`);
      expect(landedAt?.origin).toBe(new URL(server.url).origin);
      expect(landedAt?.pathname.startsWith('//')).toBe(false);
    }
  });

  it('an address the provider has not verified is refused', async () => {
    const { walk } = await signIn(person({ emailVerified: false }));
    expect(walk.response.status).toBe(403);
    expect(await walk.response.text()).toContain('has not confirmed that');
  });

  it('a tampered state is refused, and so is the answer used twice or brought to another browser', async () => {
    const jar = new CookieJarClient();
    provider.signInAs(person());
    const toCallback = await jar.follow(`${server.url}/auth/sso/start`, (url) => atQuorum(url) && url.pathname === '/auth/sso/callback');
    const callback = new URL(toCallback.stoppedAt!);
    const genuine = callback.href;

    // Another browser (login CSRF: someone else's answer planted on the victim): no trip of its own.
    const elsewhere = await new CookieJarClient().get(genuine);
    expect(elsewhere.status).toBe(400);
    expect(await elsewhere.text()).toContain('This sign-in has expired');

    callback.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const tampered = await jar.get(callback.href);
    expect(tampered.status).toBe(400);
    expect(await tampered.text()).toContain('Sign-in could not be completed');
    expect(jar.cookies(server.url).has('quorum_session')).toBe(false);

    // The trip was used up by the tampered answer: the genuine one no longer works either.
    const replayed = await jar.get(genuine);
    expect(replayed.status).toBe(400);
    expect(jar.cookies(server.url).has('quorum_session')).toBe(false);
  });

  it('an ID token with a nonce other than the one Quorum sent is refused', async () => {
    const jar = new CookieJarClient();
    provider.signInAs(person());
    const toProvider = await jar.follow(`${server.url}/auth/sso/start`, (url) => url.origin === provider.issuer);
    const authorize = new URL(toProvider.stoppedAt!);
    authorize.searchParams.set('nonce', 'a-nonce-quorum-never-sent');
    const walk = await jar.follow(authorize.href, backAtQuorum);
    expect(walk.response.status).toBe(400);
    expect(await walk.response.text()).toContain('Sign-in could not be completed');
    expect(jar.cookies(server.url).has('quorum_session')).toBe(false);
  });

  it('the first sign-in of an address with a password account links it, and shuts out whoever made that account', async () => {
    const { client: passwordClient, userId, email } = await server.signUp('Nadia Rahman', 'nadia.rahman@nhs.net');
    const em = server.orm.em.fork();
    em.create(ApiToken, { user: userId, name: 'old', scope: 'READ', secretHash: 'x'.repeat(64), prefix: 'qrm_xxxxxx' });
    await em.flush();

    const { client } = await signIn(person({ email, name: 'Dr Nadia Rahman' }));
    const { me } = await client.ok(SSO_ME);
    expect(me).toMatchObject({ id: userId, name: 'Nadia Rahman', signOffConfirmation: 'SINGLE_SIGN_ON' });
    expect((await passwordClient.ok(SSO_ME)).me).toBeNull();
    expect(codeOf(await server.client().request(LIMITS_LOG_IN, { input: { email, password: TEST_PASSWORD } }))).toBe('UNAUTHENTICATED');
    expect(await server.orm.em.fork().count(ApiToken, { user: userId, revokedAt: null })).toBe(0);
  });

  it('an address the provider gave to someone new does not hand over the account linked to its previous owner', async () => {
    const first = person({ email: 'reused.mailbox@nhs.net', name: 'First Owner' });
    const { client } = await signIn(first);
    const ownerId = (await client.ok(SSO_ME)).me!.id;
    // The same address, now another account at the provider (a new sub).
    const { walk, jar } = await signIn(person({ email: 'reused.mailbox@nhs.net', name: 'Second Owner' }));
    expect(walk.response.status).toBe(403);
    expect(await walk.response.text()).toContain('This address belongs to another account');
    expect(jar.cookies(server.url).has('quorum_session')).toBe(false);
    expect(await count(SsoIdentity, { user: ownerId })).toBe(1);
    expect((await client.ok(SSO_ME)).me!.id).toBe(ownerId); // the owner's session is untouched
  });

  it('a new address at the provider (a change of name) becomes the account’s address at the next sign-in, unless another account holds it', async () => {
    const before = person({ email: 'jane.smith@nhs.net', name: 'Jane Smith' });
    const id = (await (await signIn(before)).client.ok(SSO_ME)).me!.id;
    const renamed = { ...before, email: 'Jane.Jones@nhs.net' };
    const after = await signIn(renamed);
    expect((await after.client.ok(SSO_ME)).me).toMatchObject({ id, email: 'jane.jones@nhs.net' });
    expect(await count(SsoIdentity, { user: id, email: 'jane.jones@nhs.net' })).toBe(1);

    // The next address is already another account's: she still signs in, and that account keeps it.
    const other = await server.signUp('Someone Else', 'jane.brown@nhs.net');
    const again = await signIn({ ...before, email: 'jane.brown@nhs.net' });
    expect((await again.client.ok(SSO_ME)).me).toMatchObject({ id, email: 'jane.jones@nhs.net' });
    expect((await other.client.ok(SSO_ME)).me).toMatchObject({ id: other.userId, email: 'jane.brown@nhs.net' });
  });

  it('a password reset link asked for before the account was linked to the provider no longer works', async () => {
    const { userId, email } = await server.signUp('Omar Haddad', 'omar.haddad@nhs.net');
    const { secret, hash } = newSecret();
    const em = server.orm.em.fork();
    em.create(PasswordReset, { id: hash, user: em.getReference(User, userId), expiresAt: new Date(Date.now() + 30 * 60_000) });
    await em.flush();
    await signIn(person({ email, name: 'Omar Haddad' }));
    const refused = await server.client().request(RESET, { input: { token: secret, newPassword: 'a much longer passphrase 2026' } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(codeOf(await server.client().request(LIMITS_LOG_IN, { input: { email, password: 'a much longer passphrase 2026' } }))).toBe('UNAUTHENTICATED');
  });

  describe('with an entry', () => {
    let team: Team;
    let nurse: { client: ApiClient; jar: CookieJarClient; user: ProviderUser };
    const NURSE_SECTION = 1;

    beforeAll(async () => {
      team = await createTeam(server);
    });

    it('an invitation sent to the address is accepted by signing in from it', async () => {
      const user = person({ email: 'nurse.invited@example.nhs.uk', name: 'Grace Mensah' });
      const { inviteMember } = await team.members.LEAD.client.ok(SSO_INVITE, { input: { entryId: team.entryId, email: user.email, role: 'NURSE' } });
      const { landedAt, client, jar } = await signIn(user, `/auth/sso/start?next=%2F&invitation=${inviteMember.token}`);
      expect(landedAt?.pathname).toBe(`/entries/${team.entryId}`);
      const { me } = await client.ok(SSO_ME);
      const membership = await server.orm.em.fork().findOne(Membership, { entry: team.entryId, user: me!.id });
      expect(membership?.role).toBe('NURSE');
      nurse = { client, jar, user };
    });

    /** Through the provider again, with prompt=login: the confirmation comes back in the address's fragment. */
    async function confirm(jar: CookieJarClient) {
      provider.signInAs(nurse.user);
      const walk = await jar.follow(`${server.url}/auth/sso/confirm?next=${encodeURIComponent(`/entries/${team.entryId}`)}`, backAtQuorum);
      const back = walk.stoppedAt ? new URL(walk.stoppedAt) : undefined;
      return { walk, back, confirmation: back ? new URLSearchParams(back.hash.slice(1)).get('sso-confirmation') : null };
    }

    async function signOff(client: ApiClient, fields: { confirmation?: string | null; password?: string | null }) {
      const sectionId = team.sectionIds[NURSE_SECTION];
      const { section } = await client.ok(SSO_SECTION, { id: sectionId });
      return client.request(SSO_SIGN_OFF, { input: { sectionId, meaning: 'APPROVE', contentHash: section!.contentHash, ...fields } });
    }

    it('someone without a password signs off after the provider made them sign in again; the sign-off says so', async () => {
      // Without a confirmation (or with a password they do not have): refused.
      expect(codeOf(await signOff(nurse.client, {}))).toBe('BAD_USER_INPUT');
      const noPassword = await signOff(nurse.client, { password: TEST_PASSWORD });
      expect(noPassword.errors?.[0].message).toContain('no password');

      const prompts = provider.logInPrompts;
      const { back, confirmation } = await confirm(nurse.jar);
      // The provider asked them to sign in, although they had a session there (prompt=login, max_age=0).
      expect(provider.logInPrompts).toBe(prompts + 1);
      expect(back?.pathname).toBe(`/entries/${team.entryId}`);
      expect(confirmation).toMatch(/^[A-Za-z0-9_-]{43}$/);

      const signed = await signOff(nurse.client, { confirmation });
      expect(signed.errors).toBeUndefined();
      expect(signed.data!.signOffSection.signOff).toMatchObject({ confirmedWith: 'SINGLE_SIGN_ON', meaning: 'APPROVE' });

      // Single-use.
      const again = await signOff(nurse.client, { confirmation });
      expect(codeOf(again)).toBe('BAD_USER_INPUT');
      expect(again.errors?.[0].extensions?.field).toBe('input.confirmation');

      // A password sign-off says PASSWORD.
      const byPassword = await signOff(team.members.NURSE.client, { password: TEST_PASSWORD });
      expect(byPassword.data?.signOffSection.signOff.confirmedWith).toBe('PASSWORD');
    });

    it('a confirmation without a fresh sign-in at the provider, or carried to another session, is refused', async () => {
      // A provider that did not make them sign in again (an auth_time from before the request).
      provider.staleNextLogIn(600);
      const stale = await confirm(nurse.jar);
      expect(stale.confirmation).toBeNull();
      expect(stale.walk.response.status).toBe(403);
      expect(await stale.walk.response.text()).toContain('did not ask you to sign in again');

      // Confirmed in one session, used from another of the same person.
      const { confirmation } = await confirm(nurse.jar);
      const other = await signIn(nurse.user);
      expect(codeOf(await signOff(other.client, { confirmation }))).toBe('BAD_USER_INPUT');
      // Still good where it was made (the refusal did not use it up).
      expect((await signOff(nurse.client, { confirmation })).errors).toBeUndefined();

      // Someone who logs in with a password has no provider to confirm with.
      const jar = new CookieJarClient();
      const cookie = team.members.MEDIC.client.cookie!;
      jar.cookies(server.url).set(cookie.split('=')[0], cookie.slice(cookie.indexOf('=') + 1));
      const refused = await jar.get(`${server.url}/auth/sso/confirm?next=%2F`);
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain('sign off with your password instead');
    });
  });

  describe('with password log-in turned off', () => {
    let only: TestServer;
    beforeAll(async () => {
      only = await startWithProvider(provider, { QUORUM_PASSWORD_LOGIN: 'false' });
    });
    afterAll(() => only?.stop());

    it('log-in and sign-up with a password are refused with PASSWORD_LOGIN_DISABLED; the log-in page is told to show only the button', async () => {
      const client = only.client();
      expect((await client.ok(SSO_LOGIN_OPTIONS)).loginOptions).toMatchObject({ passwordLogin: false, singleSignOn: { label: 'Sign in with NHSmail' } });
      const logIn = await client.request(LIMITS_LOG_IN, { input: { email: 'anyone@nhs.net', password: TEST_PASSWORD } });
      expect(codeOf(logIn)).toBe('PASSWORD_LOGIN_DISABLED');
      expect(logIn.errors?.[0].message).toContain('Sign in with NHSmail');
      const signUp = await client.request(SIGN_UP, { input: { email: 'anyone@nhs.net', name: 'Anyone', password: TEST_PASSWORD } });
      expect(codeOf(signUp)).toBe('PASSWORD_LOGIN_DISABLED');
      expect(await only.orm.em.fork().count(User, { email: 'anyone@nhs.net' })).toBe(0);
    });
  });
});
