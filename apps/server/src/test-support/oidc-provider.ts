import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Adapter, type AdapterPayload, type KoaContextWithOIDC } from 'oidc-provider';

/** The provider's storage, in memory: one Map per kind of artefact (sessions, codes, grants…), gone with the test. */
class MemoryAdapter implements Adapter {
  private static readonly stores = new Map<string, Map<string, AdapterPayload>>();
  private readonly store: Map<string, AdapterPayload>;

  constructor(name: string) {
    if (!MemoryAdapter.stores.has(name)) MemoryAdapter.stores.set(name, new Map());
    this.store = MemoryAdapter.stores.get(name)!;
  }

  async upsert(id: string, payload: AdapterPayload): Promise<void> {
    this.store.set(id, payload);
  }
  async find(id: string): Promise<AdapterPayload | undefined> {
    return this.store.get(id);
  }
  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return [...this.store.values()].find((p) => p.userCode === userCode);
  }
  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return [...this.store.values()].find((p) => p.uid === uid);
  }
  async consume(id: string): Promise<void> {
    const payload = this.store.get(id);
    if (payload) payload.consumed = Math.floor(Date.now() / 1000);
  }
  async destroy(id: string): Promise<void> {
    this.store.delete(id);
  }
  async revokeByGrantId(grantId: string): Promise<void> {
    for (const [id, payload] of this.store) if (payload.grantId === grantId) this.store.delete(id);
  }
}

/** Someone with an account at the test provider. */
export interface ProviderUser {
  sub: string;
  email: string;
  emailVerified?: boolean;
  name?: string;
}

export interface TestProvider {
  /** The issuer: http://127.0.0.1:<port>, for QUORUM_OIDC_ISSUER. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Settings to start Quorum with (QUORUM_OIDC_*). */
  env: Record<string, string>;
  /** Registers Quorum's redirect URI (known once Quorum listens); call before the first sign-in. */
  registerClient(quorumUrl: string): void;
  /** Who signs in at the provider's next log-in prompt. */
  signInAs(user: ProviderUser): void;
  /**
   * The next log-in prompt answers with an auth_time this many seconds old, as a provider
   * that did not make the person sign in again (ignoring `prompt=login`) would.
   */
  staleNextLogIn(seconds: number): void;
  /** How many times the provider has asked someone to sign in (its log-in prompt). */
  logInPrompts: number;
  stop(): Promise<void>;
}

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on loopback, for the tests: its
 * default in-memory adapter, one confidential client (Quorum) with PKCE required, and a log-in
 * prompt with no UI that signs in whoever `signInAs` named, so that a cookie-keeping HTTP
 * client or a browser can go through the whole code flow. Consent is taken as given.
 */
export async function startTestProvider(): Promise<TestProvider> {
  const httpServer: Server = createServer();
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  const clientId = 'quorum-test';
  const clientSecret = 'a-client-secret-for-the-tests-only-0123456789';
  const accounts = new Map<string, ProviderUser>();
  let next: ProviderUser | undefined;
  let staleSeconds = 0;
  let provider: Provider | undefined;
  const sockets = new Set<import('node:net').Socket>();
  httpServer.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' };

  const handle: TestProvider = {
    issuer,
    clientId,
    clientSecret,
    env: { QUORUM_OIDC_ISSUER: issuer, QUORUM_OIDC_CLIENT_ID: clientId, QUORUM_OIDC_CLIENT_SECRET: clientSecret },
    logInPrompts: 0,
    registerClient(quorumUrl: string) {
      provider = new Provider(issuer, {
        clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [`${quorumUrl}/auth/sso/callback`], response_types: ['code'], grant_types: ['authorization_code'] }],
        adapter: MemoryAdapter,
        jwks: { keys: [jwk as never] },
        ttl: { Interaction: 600, Session: 3600, Grant: 3600, IdToken: 600, AccessToken: 600, AuthorizationCode: 60 },
        cookies: { keys: ['test-provider-cookie-key'] },
        pkce: { required: () => true, methods: ['S256'] },
        claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
        // The claims in the ID token itself, as Entra ID sends them (openid-client reads the ID token).
        conformIdTokenClaims: false,
        features: { devInteractions: { enabled: false } },
        interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
        async findAccount(_ctx, id) {
          const user = accounts.get(id);
          if (!user) return undefined;
          return {
            accountId: id,
            claims: () => ({ sub: id, email: user.email, email_verified: user.emailVerified ?? true, ...(user.name ? { name: user.name } : {}) }),
          };
        },
        // Consent is not what is under test: every grant is given.
        async loadExistingGrant(ctx: KoaContextWithOIDC) {
          const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
          grant.addOIDCScope('openid profile email');
          await grant.save();
          return grant;
        },
      });
    },
    signInAs(user) {
      next = user;
    },
    staleNextLogIn(seconds) {
      staleSeconds = seconds;
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => httpServer.close(resolve));
    },
  };

  async function interaction(req: IncomingMessage, res: ServerResponse) {
    const details = await provider!.interactionDetails(req, res);
    if (details.prompt.name !== 'login') throw new Error(`The test provider has no ${details.prompt.name} prompt.`);
    if (!next) throw new Error('Call signInAs before signing in at the test provider.');
    handle.logInPrompts++;
    accounts.set(next.sub, next);
    const ts = Math.floor(Date.now() / 1000) - staleSeconds;
    staleSeconds = 0;
    await provider!.interactionFinished(req, res, { login: { accountId: next.sub, ts } }, { mergeWithLastSubmission: false });
  }

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!provider) {
      res.statusCode = 503;
      res.end('registerClient first');
      return;
    }
    if (req.url?.startsWith('/interaction/')) {
      interaction(req, res).catch((error: Error) => {
        res.statusCode = 500;
        res.end(error.message);
      });
      return;
    }
    void provider.callback()(req, res);
  });
  return handle;
}
