import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../../audit/audit-event.entity.js';
import { recordUserEvent } from '../../audit/audit.service.js';
import type { Context } from '../../common/context.js';
import { apiError, badInput, forbidden } from '../../common/errors.js';
import { inTransaction } from '../../common/unit-of-work.js';
import { acceptInvitation } from '../../entries/membership.service.js';
import { ApiToken } from '../api-token.entity.js';
import { startSession } from '../auth.service.js';
import { hashSecret, newSecret } from '../secrets.js';
import { Session } from '../session.entity.js';
import { User } from '../user.entity.js';
import { SignOffConfirmation } from '../../sign-off/sign-off.enums.js';
import type { ProviderClaims } from './sso-client.js';
import { SsoConfirmation } from './sso-confirmation.entity.js';
import { SsoIdentity } from './sso-identity.entity.js';
import type { SsoRequest } from './sso-request.entity.js';

/** A refusal shown to the person on a page of its own (sso.routes.ts), with an HTTP status. */
export class SsoRefusal extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
  ) {
    super(message);
  }
}

/** How long a sign-off confirmation stays good: time to press the button once back from the provider. */
const CONFIRMATION_MINUTES = 10;
/** How far before our request the provider's auth_time may be (the two clocks may differ a little). */
const CLOCK_SKEW_MS = 30_000;

const NAME_MAX = 100;

/**
 * Whether the provider vouches for the address: `email_verified: true`, or the provider is
 * trusted to issue only its own people's addresses (QUORUM_OIDC_TRUST_EMAILS, for Entra ID,
 * which sends no `email_verified`, with a single-tenant issuer). An unverified address is
 * refused outright: it would let anyone who can type an address at a lax provider take the
 * account (and the invitations) of that address.
 */
function verifiedEmail(ctx: Context, claims: ProviderClaims): string {
  const settings = ctx.app.config.sso!;
  if (!claims.email || !/^[^@\s]+@[^@\s]+$/.test(claims.email) || claims.email.length > 254) {
    throw new SsoRefusal(
      403,
      'Your email address was not shared',
      'Your identity provider did not share an email address with Quorum, so Quorum cannot tell who you are. Ask your IT team to release the email claim to Quorum.',
    );
  }
  if (!claims.emailVerified && !settings.trustEmails) {
    throw new SsoRefusal(403, 'Your email address is not verified', `Your identity provider has not confirmed that ${claims.email} is yours, so Quorum cannot sign you in with it.`);
  }
  const domain = claims.email.slice(claims.email.lastIndexOf('@') + 1);
  if (settings.allowedDomains.length > 0 && !settings.allowedDomains.includes(domain)) {
    const allowed = settings.allowedDomains.map((d) => `@${d}`).join(', ');
    throw new SsoRefusal(403, 'This account cannot use Quorum', `You signed in as ${claims.email}, but only ${allowed} addresses can use Quorum here. Sign in with your work account instead.`);
  }
  return claims.email;
}

function displayName(claims: ProviderClaims, email: string): string {
  // Control and format characters (a zero-width space) would show as nothing: as the sign-up form refuses.
  const name = (claims.name ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  return (name || email.slice(0, email.indexOf('@'))).slice(0, NAME_MAX);
}

/**
 * The Quorum account for the person the provider vouched for, in the sign-in's transaction:
 * 1. the account already linked to their provider account (`iss` and `sub`), if any (its
 *    address following the provider's, followAddress);
 * 2. else the account with their verified email: linked now. Quorum's own sign-up never
 *    proved that an address was its owner's, and the provider just has: so whoever made that
 *    account may not be them. Linking hands the account to the address's owner and shuts
 *    everyone else out: its password is removed, its other sessions end and its API tokens
 *    are revoked (recorded in the audit log; the owner can make new tokens);
 *    Not if that account is already linked to another account at the same provider: the
 *    provider gave the address to someone new, who must not inherit it (refused, 403);
 * 3. else a new account, with no password.
 */
async function accountFor(ctx: Context, em: EntityManager, claims: ProviderClaims, email: string, afterCommit: (step: () => unknown) => void): Promise<{ user: User; linked: boolean }> {
  const identity = await em.findOne(SsoIdentity, { issuer: claims.issuer, subject: claims.subject }, { populate: ['user'] });
  if (identity) {
    identity.lastSignedInAt = new Date();
    if (identity.email !== email) await followAddress(em, identity, email);
    return { user: identity.user, linked: false };
  }
  const existing = await em.findOne(User, { email });
  // An account already linked to another account at this provider is that person's, even if the
  // provider has since given the address to someone else (a reused mailbox): never hand it over.
  if (existing && (await em.count(SsoIdentity, { user: existing.id, issuer: claims.issuer }))) {
    throw new SsoRefusal(
      403,
      'This address belongs to another account',
      `A Quorum account with ${email} signs in through another account at your identity provider. Ask whoever runs Quorum here to move it to you.`,
    );
  }
  const user = existing ?? em.create(User, { email, name: displayName(claims, email), passwordHash: null });
  em.create(SsoIdentity, { user, issuer: claims.issuer, subject: claims.subject, email });
  if (existing) {
    existing.passwordHash = null;
    await em.nativeDelete(Session, { user: existing.id });
    const tokens = await em.find(ApiToken, { user: existing.id, revokedAt: null });
    for (const token of tokens) token.revokedAt = new Date();
    afterCommit(() => ctx.app.revocations.publish({ kind: 'SESSIONS_ENDED', userId: existing.id }));
    for (const token of tokens) afterCommit(() => ctx.app.revocations.publish({ kind: 'TOKEN_REVOKED', tokenId: token.id }));
  }
  return { user, linked: !!existing };
}

/**
 * The provider now gives a linked person another verified address (a change of name at NHSmail,
 * say): the link records it, and the account's own address follows, so that mail and
 * invitations reach the new one. Not where the account's address is no longer the one it was
 * linked by (changed in Quorum since), nor where another account holds the new address.
 */
async function followAddress(em: EntityManager, identity: SsoIdentity, email: string): Promise<void> {
  const linkedBy = identity.email;
  identity.email = email;
  if (identity.user.email !== linkedBy || (await em.count(User, { email }))) return;
  identity.user.email = email;
}

/**
 * Signs the person in (the same sessions as a password log-in: auth.service.ts's startSession
 * sets the cookie), making or linking their account first. From an invitation's page, the
 * invitation is then accepted as its Accept button would (entries/membership.service.ts).
 * Returns where to send the browser.
 */
export async function signInWithProvider(ctx: Context, claims: ProviderClaims, request: SsoRequest): Promise<string> {
  const email = verifiedEmail(ctx, claims);
  let signedIn!: { user: User; linked: boolean };
  const sessionId = await startSession(
    ctx,
    async (em) => {
      signedIn = await accountFor(ctx, em, claims, email, ctx.transaction!.afterCommit);
      return signedIn.user;
    },
    async (em, user) => {
      const how = signedIn.linked ? ' (their account is now linked to it: its password, other sessions and API tokens were removed)' : '';
      await recordUserEvent(em, user, { action: AuditAction.LOGGED_IN, summary: `${user.name} signed in with single sign-on${how}.` });
    },
  );
  ctx.viewer = { user: signedIn.user, userId: signedIn.user.id, sessionId };
  if (!request.invitationToken) return request.nextPath;
  try {
    const { entry } = await acceptInvitation(ctx, request.invitationToken);
    return `/entries/${entry.id}`;
  } catch {
    // Expired, replaced, sent to another address, or already a member: the invitation's page says which.
    return `/invitations/${request.invitationToken}`;
  }
}

/**
 * After a trip with `prompt=login` and `max_age=0`: the provider must have signed in the same
 * provider account that is linked to the person who asked, just now (auth_time no earlier than
 * the request, give or take the clocks' difference). Returns the confirmation's secret, for
 * one sign-off by that person in that session.
 */
export async function confirmWithProvider(ctx: Context, claims: ProviderClaims, request: SsoRequest): Promise<string> {
  const identity = await ctx.em.findOne(SsoIdentity, { issuer: claims.issuer, subject: claims.subject });
  if (!identity || identity.user.id !== request.userId) {
    throw new SsoRefusal(403, 'That was another account', 'You signed in at your identity provider with a different account from the one you use in Quorum. Sign in as yourself to confirm.');
  }
  if (!claims.authTime || claims.authTime.getTime() < request.createdAt.getTime() - CLOCK_SKEW_MS) {
    throw new SsoRefusal(
      403,
      'You were not asked to sign in again',
      'Your identity provider did not ask you to sign in again just now, so it has not confirmed it is you. Try again; if this keeps happening, tell your IT team.',
    );
  }
  const { secret, hash } = newSecret();
  await inTransaction(ctx, async ({ em }) => {
    // Used and expired confirmations are of no more use: a few go with each new one.
    await em.execute('delete from sso_confirmations where id in (select id from sso_confirmations where expires_at < now() limit 100)');
    em.create(SsoConfirmation, {
      id: hash,
      userId: request.userId!,
      sessionId: request.sessionId!,
      authTime: claims.authTime!,
      expiresAt: new Date(Date.now() + CONFIRMATION_MINUTES * 60_000),
    });
  });
  return secret;
}

/**
 * For a sign-off (sign-off/sign-off.service.ts), inside its transaction: uses up the
 * confirmation, which must be this person's, from this session, unused and unexpired. A
 * failed sign-off rolls back, leaving it unused.
 */
export async function useConfirmation(ctx: Context, em: EntityManager, secret: string): Promise<void> {
  const viewer = ctx.viewer!;
  const used = await em.nativeUpdate(
    SsoConfirmation,
    { id: hashSecret(secret), userId: viewer.user.id, sessionId: viewer.sessionId ?? '', usedAt: null, expiresAt: { $gt: new Date() } },
    { usedAt: new Date() },
  );
  if (used !== 1) throw badInput('input.confirmation', 'That confirmation from your identity provider has expired or was used already: confirm it is you again.');
}

/** Before a sign-off without a password: only from a browser session, and only for someone who signs in with the provider. */
export async function requireConfirmable(ctx: Context): Promise<void> {
  const viewer = ctx.viewer!;
  if (!viewer.sessionId) throw forbidden('A sign-off confirmed with single sign-on can only be given from a browser session.');
  if (!ctx.app.config.sso) throw apiError('BAD_USER_INPUT', 'Single sign-on is not set up here: sign off with your password.', { field: 'input.password' });
}

/** Someone linked to the provider (while it is set up) confirms through it; everyone else with their password. */
export async function signOffConfirmationOf(ctx: Context, userId: string): Promise<SignOffConfirmation> {
  if (!ctx.app.config.sso) return SignOffConfirmation.PASSWORD;
  return (await ctx.em.count(SsoIdentity, { user: userId })) > 0 ? SignOffConfirmation.SINGLE_SIGN_ON : SignOffConfirmation.PASSWORD;
}
