import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit-event.entity.js';
import { recordUserEvent } from '../audit/audit.service.js';
import type { Context } from '../common/context.js';
import { apiError, badInput, conflict, notFound, unauthenticated } from '../common/errors.js';
import { logError } from '../common/log.js';
import { requireViewer } from '../policy/access.js';
import { ApiToken } from './api-token.entity.js';
import { clearAttempts, startAttempt } from './attempt-limits.js';
import { newPasswordProblem } from './password-policy.js';
import type { CreateApiTokenInput, LogInInput, SignUpInput } from './dto/auth.inputs.js';
import { checkPassword, hashPassword, newSecret } from './secrets.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { inTransaction } from '../common/unit-of-work.js';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

function requireCookies(ctx: Context) {
  if (!ctx.sessionCookie) throw badInput('input', 'Sign-up, log-in and log-out work over HTTP, not over the WebSocket.');
  return ctx.sessionCookie;
}

/**
 * The session and whatever `record` writes (audit records) commit together, or not at all.
 * `user` may be found or made in the same transaction (single sign-on: auth/sso/sso.service.ts).
 * Returns the session's id.
 */
export async function startSession(ctx: Context, user: User | ((em: EntityManager) => Promise<User>), record?: (em: EntityManager, user: User) => Promise<void>): Promise<string> {
  const cookies = requireCookies(ctx);
  const { secret, hash } = newSecret();
  const expiresAt = new Date(Date.now() + ctx.app.config.sessionTtlHours * 3600_000);
  await inTransaction(ctx, async ({ em, afterCommit }) => {
    const who = typeof user === 'function' ? await user(em) : user;
    em.create(Session, { id: hash, user: who, expiresAt });
    await record?.(em, who);
    afterCommit(() => cookies.set(secret, expiresAt));
  });
  await clearExpiredSessions(ctx.em);
  return hash;
}

/** With QUORUM_PASSWORD_LOGIN=false people sign in only through single sign-on. */
function requirePasswordLogin(ctx: Context) {
  if (!ctx.app.config.passwordLogin) {
    throw apiError('PASSWORD_LOGIN_DISABLED', `Log-in with a password is turned off here: use “${ctx.app.config.sso?.buttonLabel ?? 'single sign-on'}” instead.`);
  }
}

/**
 * Expired sessions end at once (see authenticate) but their rows stay: each new session clears
 * a few, so that the table does not only grow. After the log-in's own commit, a bounded batch,
 * and never its failure.
 */
async function clearExpiredSessions(em: EntityManager): Promise<void> {
  await em.execute('delete from sessions where id in (select id from sessions where expires_at < now() limit 100)').catch((error: Error) => logError('Expired sessions could not be cleared', error));
}

export async function signUp(ctx: Context, input: SignUpInput): Promise<User> {
  requireCookies(ctx);
  requirePasswordLogin(ctx);
  const email = normaliseEmail(input.email);
  const name = input.name.trim();
  const weak = await newPasswordProblem(input.password, { email, name });
  if (weak) throw badInput('input.password', weak);
  // Whether an address has an account is told (there is no email to send instead; see the
  // README's security section), but no cheaper than a log-in guess: every attempt counts against
  // the same kind of limits, and the password is hashed before the answer either way.
  const limits = ctx.app.attemptLimiters;
  await startAttempt(
    [
      [limits.signUpByEmailAndAddress, `${email}|${ctx.ip}`],
      [limits.signUpByEmail, email],
      [limits.signUpByAddress, ctx.ip],
    ],
    'Too many sign-ups from here.',
  );
  const passwordHash = await hashPassword(input.password);
  if (await ctx.em.count(User, { email })) throw conflict('An account with this email already exists. Log in instead.', { field: 'input.email' });
  const user = ctx.em.create(User, { email, name, passwordHash });
  try {
    await startSession(ctx, user); // one flush: the user and the session are written together or not at all
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict('An account with this email already exists. Log in instead.', { field: 'input.email' });
    throw error;
  }
  return user;
}

export async function logIn(ctx: Context, input: LogInInput): Promise<User> {
  requireCookies(ctx);
  requirePasswordLogin(ctx);
  const email = normaliseEmail(input.email);
  const limits = ctx.app.attemptLimiters;
  const attempt = await startAttempt(
    [
      [limits.logInByAccountAndAddress, `${email}|${ctx.ip}`],
      [limits.logInByAccount, email],
      [limits.logInByAddress, ctx.ip],
    ],
    'Too many failed log-ins.',
  );
  const user = await ctx.em.findOne(User, { email }, { populate: ['passwordHash'] });
  if (!(await checkPassword(user?.passwordHash, input.password)) || !user) {
    throw unauthenticated('The email or password is not right.');
  }
  await attempt.forgive();
  await clearAttempts(limits.logInByAccountAndAddress, `${email}|${ctx.ip}`);
  await startSession(ctx, user, (em) => recordUserEvent(em, user, { action: AuditAction.LOGGED_IN, summary: `${user.name} logged in.` }));
  return user;
}

export async function logOut(ctx: Context, everywhere: boolean): Promise<void> {
  const viewer = requireViewer(ctx);
  const cookies = requireCookies(ctx);
  await inTransaction(ctx, async ({ em, afterCommit }) => {
    await em.nativeDelete(Session, everywhere ? { user: viewer.user.id } : { id: viewer.sessionId });
    afterCommit(() => cookies.clear());
    // Open WebSockets on that session (or those sessions), on any process, stop at once.
    afterCommit(() => ctx.app.revocations.publish(everywhere ? { kind: 'SESSIONS_ENDED', userId: viewer.user.id } : { kind: 'SESSION_ENDED', sessionId: viewer.sessionId! }));
  });
}

export async function createApiToken(ctx: Context, input: CreateApiTokenInput): Promise<{ token: ApiToken; secret: string }> {
  const { user } = requireViewer(ctx);
  const { secret, hash } = newSecret('qrm_');
  const token = await inTransaction(ctx, async ({ em }) => {
    const created = em.create(ApiToken, { user, name: input.name.trim(), scope: input.scope, secretHash: hash, prefix: secret.slice(0, 10) });
    const summary = `${user.name} created a ${input.scope === 'READ' ? 'read-only' : 'read-write'} API token “${created.name}” (${created.prefix}…).`;
    await recordUserEvent(em, user, { action: AuditAction.API_TOKEN_CREATED, summary, data: { tokenId: created.id, scope: input.scope, prefix: created.prefix } });
    return created;
  });
  return { token, secret };
}

export async function revokeApiToken(ctx: Context, tokenId: string): Promise<ApiToken> {
  const { user } = requireViewer(ctx);
  const token = await ctx.em.findOne(ApiToken, { id: tokenId, user: user.id });
  if (!token) throw notFound('API token');
  if (token.revokedAt) return token;
  await inTransaction(ctx, async ({ em, afterCommit }) => {
    token.revokedAt = new Date();
    const summary = `${user.name} revoked the API token “${token.name}” (${token.prefix}…).`;
    await recordUserEvent(em, user, { action: AuditAction.API_TOKEN_REVOKED, summary, data: { tokenId: token.id, prefix: token.prefix } });
    // Open WebSockets with that token, on any process, stop at once.
    afterCommit(() => ctx.app.revocations.publish({ kind: 'TOKEN_REVOKED', tokenId: token.id }));
  });
  return token;
}

export function listApiTokens(ctx: Context, userId: string): Promise<ApiToken[]> {
  return ctx.em.find(ApiToken, { user: userId }, { orderBy: { createdAt: 'desc' } });
}
