import { randomInt } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { codeOf, queryText, type GraphQLResponse } from '../test-support/api-client.js';
import type { SignUpNewAccountMutation } from '../test-support/gql/graphql.js';
import { TEST_PASSWORD } from '../test-support/test-server.js';
import { attemptKey } from './attempt-limits.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { CREATE_API_TOKEN, SIGN_UP_NEW_ACCOUNT } from '../test-support/operations.js';
import { useTestServer } from '../test-support/test-team.js';

// The real hash, watched: the duplicate-email answer must do the same work as a new account's.
vi.mock('./secrets.js', async (original) => {
  const real = await original<typeof import('./secrets.js')>();
  return { ...real, hashPassword: vi.fn(real.hashPassword) };
});
const { hashPassword } = await import('./secrets.js');

let counter = 0;
const newEmail = () => `sign-up-${++counter}-${Date.now()}@example.nhs.uk`;
const counts = async () => [await server.orm.em.fork().count(User, {}), await server.orm.em.fork().count(Session, {})];

/** Behind one trusted proxy, each test signs up from an address of its own, so that limits do not carry over. */
const newAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
function signUpFrom(address: string, input: { email: string; name?: string; password?: string }): Promise<GraphQLResponse<SignUpNewAccountMutation>> {
  return fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: queryText(SIGN_UP_NEW_ACCOUNT), variables: { input: { name: 'Probe', password: TEST_PASSWORD, ...input } } }),
  }).then(async (r) => ({ status: r.status, ...((await r.json()) as object) }));
}

const { server } = useTestServer({ QUORUM_TRUST_PROXIES: '1' });

describe('new passwords (NIST SP 800-63B: a length floor and a list of common ones, no composition rules)', () => {
  it.each([
    ['ten spaces', ' '.repeat(10)],
    ['aaaaaaaaaa', 'aaaaaaaaaa'],
    ['1234567890', '1234567890'],
    ['password12', 'password12'],
    ['fourteen chars', 'fourteen chars'],
    ['fifteen spaces', ' '.repeat(15)],
    ['one character repeated', 'a'.repeat(20)],
    ['a word repeated', 'bananabananabanana'],
    ['a run of digits', '123456789012345678'],
    ['a run of letters backwards', 'zyxwvutsrqponmlk'],
    ['a run of keys', 'qwertyuiopasdfgh'],
    ['a common password, in capitals', 'PASSWORDPASSWORD'],
    ['a common password with numbers and a symbol added', 'Liverpool20242025!'],
    ['the demo accounts’ password, which the README publishes', 'quorum-demo-2026'],
  ])('refuses %s with BAD_USER_INPUT on input.password, writing nothing', async (_, password) => {
    const before = await counts();
    const result = await signUpFrom(newAddress(), { email: newEmail(), password });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.field).toBe('input.password');
    expect(result.errors![0].message).toMatch(/^Enter a password/);
    expect(await counts()).toEqual(before);
  });

  it('refuses the person’s own email as a password', async () => {
    const email = `somebody.long.enough${Date.now()}@example.nhs.uk`;
    const result = await signUpFrom(newAddress(), { email, password: email.toUpperCase() });
    expect(result.errors![0]).toMatchObject({ message: 'Enter a password that is not your email address or name.', extensions: { field: 'input.password' } });
  });

  it.each([TEST_PASSWORD, 'quorum-demo-2027-our-own', 'Ŝtrange ünicode wörds', '839201748562013'])('accepts a long uncommon password: %s', async (password) => {
    expect(codeOf(await signUpFrom(newAddress(), { email: newEmail(), password }))).toBe('OK');
  });
});

describe('names', () => {
  it('refuses a name of spaces with BAD_USER_INPUT on input.name, and stores others trimmed', async () => {
    const before = await counts();
    for (const name of [' \t  ', '\u200b', ' \u200d\u2060 ']) {
      // Spaces, or characters that show as nothing (zero-width space, joiner, word joiner).
      const blank = await signUpFrom(newAddress(), { email: newEmail(), name });
      expect(codeOf(blank), JSON.stringify(name)).toBe('BAD_USER_INPUT');
      expect(blank.errors![0].extensions!.field).toBe('input.name');
    }
    expect(await counts()).toEqual(before);
    const padded = await signUpFrom(newAddress(), { email: newEmail(), name: '  Amara Okafor  ' });
    expect(padded.data!.signUp.user.name).toBe('Amara Okafor');
  });

  it('refuses an API token name of spaces', async () => {
    const { client } = await server.signUp('Token maker');
    const result = await client.request(CREATE_API_TOKEN, { i: { name: ' ', scope: 'READ' } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.field).toBe('input.name');
  });
});

describe('whether an email has an account', () => {
  it('costs the same work to learn as a new account: the password is hashed before either answer', async () => {
    const address = newAddress();
    const { email } = await server.signUp('Existing');
    vi.mocked(hashPassword).mockClear();
    const taken = await signUpFrom(address, { email, password: 'another long password' });
    expect(codeOf(taken)).toBe('CONFLICT');
    expect(vi.mocked(hashPassword).mock.calls).toEqual([['another long password']]);
  });

  it('is rate-limited per email and address: the eleventh probe is RATE_LIMITED with a retry hint, another address is not', async () => {
    const address = newAddress();
    const { email } = await server.signUp('Probed');
    for (let i = 0; i < 10; i++) expect(codeOf(await signUpFrom(address, { email }))).toBe('CONFLICT');
    const limited = await signUpFrom(address, { email });
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.errors![0].message).toMatch(/^Too many sign-ups from here\. Try again in 1[45] minutes\.$/);
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(800);
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeLessThanOrEqual(900);
    expect(codeOf(await signUpFrom(newAddress(), { email }))).toBe('CONFLICT');
  });

  it('counts a burst of parallel probes as they arrive: ten answered, the rest refused', async () => {
    const address = newAddress();
    const email = newEmail();
    const codes = (await Promise.all(Array.from({ length: 25 }, () => signUpFrom(address, { email })))).map(codeOf);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(9);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(15);
  });

  it('is rate-limited per address across emails: the 101st sign-up from one address in 15 minutes is refused', async () => {
    const address = newAddress();
    // Counted before the hash, so refusals at the limit are cheap to make here: 100 new accounts would not be.
    await server.services.attemptLimiters.signUpByAddress.penalty(attemptKey(address), 99);
    expect(codeOf(await signUpFrom(address, { email: newEmail() }))).toBe('OK');
    expect(codeOf(await signUpFrom(address, { email: newEmail() }))).toBe('RATE_LIMITED');
  });
});
