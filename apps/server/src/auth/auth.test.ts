import { describe, expect, it } from 'vitest';
import { ApiClient, codeOf, queryText } from '../test-support/api-client.js';
import { startTestServer, TEST_PASSWORD } from '../test-support/test-server.js';
import { ApiToken } from './api-token.entity.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { AUTH_REVOKE_TOKEN, AUTH_SIGN_UP, CREATE_API_TOKEN, CREATE_ENTRY, ENTRIES_COUNT, LIMITS_LOG_IN, LOG_OUT, ME, ME_ID, TEMPLATE_IDS } from '../test-support/operations.js';
import { useTestServer } from '../test-support/test-team.js';

const count = (entity: typeof User | typeof Session | typeof ApiToken) => server.orm.em.fork().count(entity, {});

const { server } = useTestServer();

describe('sign-up', () => {
  it('creates the account, lower-cases the email and signs in with an HttpOnly SameSite cookie', async () => {
    const client = server.client();
    const email = `Nurse.${Date.now()}@Example.NHS.uk`;
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: queryText(AUTH_SIGN_UP), variables: { input: { email, name: 'Grace Mensah', password: TEST_PASSWORD } } }),
    });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^quorum_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const body = (await response.json()) as { data: { signUp: { user: { email: string } } } };
    expect(body.data.signUp.user.email).toBe(email.toLowerCase());
    client.cookie = cookie.split(';')[0];
    expect((await client.ok(ME)).me?.email).toBe(email.toLowerCase());
  });

  it('refuses a duplicate email (in any case) with CONFLICT and writes nothing', async () => {
    const { email } = await server.signUp('First');
    const [users, sessions] = [await count(User), await count(Session)];
    const result = await server.client().request(AUTH_SIGN_UP, { input: { email: email.toUpperCase(), name: 'Second', password: TEST_PASSWORD } });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors![0].extensions!.field).toBe('input.email');
    expect([await count(User), await count(Session)]).toEqual([users, sessions]);
  });

  it.each([
    ['a malformed email', { email: 'not-an-email', name: 'A', password: TEST_PASSWORD }, 'input.email'],
    ['an overlong name', { email: 'long@example.nhs.uk', name: 'x'.repeat(101), password: TEST_PASSWORD }, 'input.name'],
    ['a short password', { email: 'short@example.nhs.uk', name: 'A', password: 'short' }, 'input.password'],
    ['an overlong password', { email: 'pw@example.nhs.uk', name: 'A', password: 'p'.repeat(201) }, 'input.password'],
  ])('refuses %s with BAD_USER_INPUT naming the field, without echoing values, and writes nothing', async (_, input, field) => {
    const users = await count(User);
    const result = await server.client().request(AUTH_SIGN_UP, { input });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.field).toBe(field);
    expect(JSON.stringify(result.errors)).not.toContain(input.password);
    expect(await count(User)).toBe(users);
  });

  it('refuses wrong types and missing fields before anything runs', async () => {
    const users = await count(User);
    // The document's text as a string: its variables are deliberately of the wrong type.
    const wrongType = await server.client().request(queryText(AUTH_SIGN_UP), { input: { email: 42, name: 'A', password: TEST_PASSWORD } });
    expect(codeOf(wrongType)).toBe('BAD_USER_INPUT');
    const missing = await server.client().request('mutation { signUp(input: { email: "a@b.nhs.uk" }) { user { id } } }');
    expect(codeOf(missing)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await count(User)).toBe(users);
  });
});

describe('log-in and log-out', () => {
  it('logs in, and after log-out the same cookie no longer works', async () => {
    const { email } = await server.signUp('Dr Mehta');
    const client = server.client();
    await client.ok(LIMITS_LOG_IN, { input: { email, password: TEST_PASSWORD } });
    const cookie = client.cookie!;
    expect((await client.ok(ME)).me?.email).toBe(email);
    expect((await client.ok(LOG_OUT, { input: {} })).logOut.loggedOut).toBe(true);
    const replay = new ApiClient(server.url);
    replay.cookie = cookie; // a copy of the old cookie, as an attacker might hold
    expect((await replay.ok(ME)).me).toBeNull();
    expect(codeOf(await replay.request(ENTRIES_COUNT))).toBe('UNAUTHENTICATED');
  });

  it('log-out everywhere ends every session of the account', async () => {
    const { email, client: first } = await server.signUp('Two Laptops');
    const second = server.client();
    await second.ok(LIMITS_LOG_IN, { input: { email, password: TEST_PASSWORD } });
    await second.ok(LOG_OUT, { input: { everywhere: true } });
    expect((await first.ok(ME)).me).toBeNull();
  });

  it('refuses a wrong password with UNAUTHENTICATED, the same message as an unknown email', async () => {
    const { email } = await server.signUp('Careful');
    const wrong = await server.client().request(LIMITS_LOG_IN, { input: { email, password: 'not the password' } });
    const unknown = await server.client().request(LIMITS_LOG_IN, { input: { email: 'nobody@example.nhs.uk', password: 'whatever123' } });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });

  it('clears expired sessions as new ones start', async () => {
    const { client, userId } = await server.signUp('Long Gone');
    const em = server.orm.em.fork();
    await em.nativeUpdate(Session, { user: userId }, { expiresAt: new Date(Date.now() - 1000) });
    expect(await em.count(Session, { user: userId })).toBe(1);
    await server.signUp('Someone New');
    expect(await em.count(Session, { user: userId })).toBe(0);
    expect((await client.request(ME)).data?.me).toBeNull();
  });

  it('rate-limits repeated failures for one email with RATE_LIMITED, even with the right password', async () => {
    const { email } = await server.signUp('Targeted');
    for (let i = 0; i < 10; i++) await server.client().request(LIMITS_LOG_IN, { input: { email, password: `guess-${i}-wrong` } });
    const blocked = await server.client().request(LIMITS_LOG_IN, { input: { email, password: TEST_PASSWORD } });
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
  });

  it('counts a burst of parallel guesses as it arrives: ten are checked, the rest refused, and others from the same address still log in', async () => {
    const { email } = await server.signUp('Burst Target');
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => server.client().request(LIMITS_LOG_IN, { input: { email, password: `burst-${i}-wrong` } })));
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(10);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(20);
    const colleague = await server.signUp('Colleague on the same ward network');
    expect(codeOf(await server.client().request(LIMITS_LOG_IN, { input: { email: colleague.email, password: TEST_PASSWORD } }))).toBe('OK');
  });
});

describe('behind a load balancer (QUORUM_TRUST_PROXIES=1)', () => {
  it('counts failed log-ins by the address the proxy reports, so one person’s mistakes do not stop the next', async () => {
    const proxied = await startTestServer({ QUORUM_TRUST_PROXIES: '1' });
    try {
      const { email } = await proxied.signUp('Forgetful');
      const logIn = (from: string, password: string) =>
        fetch(`${proxied.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
          body: JSON.stringify({ query: queryText(LIMITS_LOG_IN), variables: { input: { email, password } } }),
        }).then((r) => r.json() as Promise<{ errors?: { extensions: { code: string } }[] }>);
      for (let i = 0; i < 10; i++) await logIn('10.0.0.1', `wrong-${i}-password`);
      expect((await logIn('10.0.0.1', TEST_PASSWORD)).errors?.[0].extensions.code).toBe('RATE_LIMITED');
      expect((await logIn('10.0.0.2', TEST_PASSWORD)).errors).toBeUndefined();
    } finally {
      await proxied.stop();
    }
  });
});

describe('API tokens', () => {
  it('a token works as a bearer, is stored only hashed, and stops working when revoked', async () => {
    const { client } = await server.signUp('Analyst');
    const created = (await client.ok(CREATE_API_TOKEN, { i: { name: 'Notebook', scope: 'READ_WRITE' } })).createApiToken;
    expect(created.secret).toMatch(/^qrm_/);
    expect(created.token.prefix).toBe(created.secret.slice(0, 10));
    const stored = await server.orm.em.fork().findOneOrFail(ApiToken, created.token.id);
    expect(stored.secretHash).not.toContain(created.secret);

    const script = client.withToken(created.secret);
    expect((await script.ok(ME)).me?.id).toBeTruthy();
    const made = await script.request(CREATE_ENTRY, { t: (await script.ok(TEMPLATE_IDS)).templates[0].id, title: 'By script' });
    expect(codeOf(made)).toBe('OK');

    await client.ok(AUTH_REVOKE_TOKEN, { input: { tokenId: created.token.id } });
    const after = await script.request(ME);
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
    expect(after.status).toBe(401);
  });

  it('a token sent without the Bearer scheme gets UNAUTHENTICATED saying how to send it', async () => {
    const { client } = await server.signUp('Scripter');
    const { secret } = (await client.ok(CREATE_API_TOKEN, { i: { name: 'Script', scope: 'READ' } })).createApiToken;
    for (const authorization of [secret, `Token ${secret}`, `Basic ${secret}`]) {
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query: queryText(ME_ID) }) });
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(response.status).toBe(401);
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0].message).toBe('Send the API token as `Authorization: Bearer <token>`.');
    }
  });

  it('a read-only token can query but every mutation is FORBIDDEN', async () => {
    const { client } = await server.signUp('Reader');
    const { secret } = (await client.ok(CREATE_API_TOKEN, { i: { name: 'Dashboard', scope: 'READ' } })).createApiToken;
    const script = client.withToken(secret);
    const templateId = (await script.ok(TEMPLATE_IDS)).templates[0].id;
    const result = await script.request(CREATE_ENTRY, { t: templateId, title: 'Nope' });
    expect(codeOf(result)).toBe('FORBIDDEN');
  });

  it('tokens cannot create or revoke tokens; only a browser session can', async () => {
    const { client } = await server.signUp('Owner');
    const created = (await client.ok(CREATE_API_TOKEN, { i: { name: 'CI', scope: 'READ_WRITE' } })).createApiToken;
    const tokens = await count(ApiToken);
    const script = client.withToken(created.secret);
    expect(codeOf(await script.request(CREATE_API_TOKEN, { i: { name: 'More', scope: 'READ_WRITE' } }))).toBe('FORBIDDEN');
    expect(codeOf(await script.request(AUTH_REVOKE_TOKEN, { input: { tokenId: created.token.id } }))).toBe('FORBIDDEN');
    expect(await count(ApiToken)).toBe(tokens);
  });

  it('a token cannot log out (it has no session)', async () => {
    const { client } = await server.signUp('Token Owner');
    const { secret } = (await client.ok(CREATE_API_TOKEN, { i: { name: 'Script', scope: 'READ_WRITE' } })).createApiToken;
    expect(codeOf(await client.withToken(secret).request(LOG_OUT, { input: {} }))).toBe('FORBIDDEN');
    expect((await client.ok(ME)).me).not.toBeNull();
  });

  it('someone else’s token id is NOT_FOUND, a malformed id BAD_USER_INPUT, a garbage bearer UNAUTHENTICATED', async () => {
    const owner = await server.signUp('Owner A');
    const other = await server.signUp('Other B');
    const created = (await owner.client.ok(CREATE_API_TOKEN, { i: { name: 'Mine', scope: 'READ' } })).createApiToken;
    expect(codeOf(await other.client.request(AUTH_REVOKE_TOKEN, { input: { tokenId: created.token.id } }))).toBe('NOT_FOUND');
    expect(codeOf(await other.client.request(AUTH_REVOKE_TOKEN, { input: { tokenId: 'not-an-id' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await server.client().withToken('qrm_made_up').request(ME))).toBe('UNAUTHENTICATED');
    const stored = await server.orm.em.fork().findOneOrFail(ApiToken, created.token.id);
    expect(stored.revokedAt).toBeNull();
  });
});

describe('malformed requests', () => {
  it('malformed JSON gets a GraphQL-shaped BAD_REQUEST', async () => {
    const result = await server.client().post<Record<string, unknown>>('{"query": "{ me { id } }"');
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('BAD_REQUEST');
  });

  it('a query that does not parse gets GRAPHQL_PARSE_FAILED, an unknown field GRAPHQL_VALIDATION_FAILED', async () => {
    const unparsable = await server.client().request('{ me { id ');
    expect(codeOf(unparsable)).toBe('GRAPHQL_PARSE_FAILED');
    expect(unparsable.status).toBe(400);
    expect(codeOf(await server.client().request('{ me { password } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('an alias flood is refused before it runs', async () => {
    const flood = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: templates { id }`).join(' ')} }`;
    const result = await server.client().request(flood);
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).toMatch(/^Aliases limit of \d+ exceeded.*Ask for less in one request/);
  });

  it('a query that would cost too much is refused, saying it is a limit and how to ask for less', async () => {
    const costly = '{ entries(first: 100) { nodes { sections { revisions(first: 100) { nodes { markdown } } } } } }';
    const result = await server.client().request(costly);
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).toMatch(/^Query Cost limit of \d+ exceeded.*smaller pages/);
  });
});
