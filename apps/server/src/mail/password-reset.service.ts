import { normaliseEmail } from '../auth/auth.service.js';
import { startAttempt } from '../auth/attempt-limits.js';
import { newPasswordProblem } from '../auth/password-policy.js';
import { hashPassword, hashSecret, newSecret } from '../auth/secrets.js';
import { Session } from '../auth/session.entity.js';
import { SsoIdentity } from '../auth/sso/sso-identity.entity.js';
import { User } from '../auth/user.entity.js';
import type { Context } from '../common/context.js';
import { apiError, badInput } from '../common/errors.js';
import { inTransaction } from '../common/unit-of-work.js';
import { RESET_MINUTES } from './compose.js';
import { MailKind } from './mail-kinds.js';
import { queueMail } from './outbox.js';
import { PasswordReset } from './password-reset.entity.js';

/** Where passwords are turned off (QUORUM_PASSWORD_LOGIN=false), a reset would set one nobody can use: refused as logIn is. */
function requirePasswordLogin(ctx: Context) {
  if (!ctx.app.config.passwordLogin) {
    throw apiError('PASSWORD_LOGIN_DISABLED', `Log-in with a password is turned off here: use “${ctx.app.config.sso?.buttonLabel ?? 'single sign-on'}” instead.`);
  }
}

/**
 * How long every answer to requestPasswordReset takes at least. An address with an account costs
 * a transaction (the reset's row and its mail, a commit) that one without does not: measured
 * through the API, about 9 ms against 3 ms, which repeated requests can tell apart. Both now
 * answer after this long, well above either.
 */
const RESET_ANSWER_MS = 200;

/**
 * Asks for a reset link. The answer is the same whether or not the address has an account, and
 * comes after the same time (RESET_ANSWER_MS; the limits count every request); the link goes by
 * email only, through the outbox, so nothing in the answer tells them apart.
 */
export async function requestPasswordReset(ctx: Context, email: string): Promise<{ requested: true; mailEnabled: boolean }> {
  requirePasswordLogin(ctx);
  const address = normaliseEmail(email);
  const limits = ctx.app.attemptLimiters;
  await startAttempt(
    [
      [limits.passwordResetByEmail, address],
      [limits.passwordResetByAddress, ctx.ip],
    ],
    'Too many password reset requests.',
  );
  const mailEnabled = ctx.app.mail.enabled;
  if (!mailEnabled) return { requested: true, mailEnabled };
  const answerAt = Date.now() + RESET_ANSWER_MS;
  try {
    await queueReset(ctx, address);
  } finally {
    const wait = answerAt - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return { requested: true, mailEnabled };
}

async function queueReset(ctx: Context, address: string): Promise<void> {
  const user = await ctx.em.findOne(User, { email: address });
  // Someone who signs in through the identity provider gets no password this way: a password would
  // let them in past it (its second factor; a leaver it has disabled). Same answer as any other.
  if (user && !(await ctx.em.count(SsoIdentity, { user: user.id }))) {
    const { secret, hash } = newSecret();
    await inTransaction(ctx, async ({ em }) => {
      em.create(PasswordReset, { id: hash, user: em.getReference(User, user.id), expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000) });
      queueMail(em, { kind: MailKind.PASSWORD_RESET, toAddress: address, path: `/reset-password/${secret}` });
    });
  }
}

/**
 * Sets a new password with a reset link: the link works once and for 30 minutes, the password
 * policy of sign-up applies, and every session of the account ends, on every process at once
 * (open WebSockets included): whoever had the old password is out. The person then logs in
 * with the new one.
 */
export async function resetPassword(ctx: Context, token: string, newPassword: string): Promise<void> {
  requirePasswordLogin(ctx);
  const expired = () => badInput('input.token', 'This reset link has expired or has already been used. Ask for a new one.');
  const reset = await ctx.em.findOne(PasswordReset, { id: hashSecret(token) }, { populate: ['user'] });
  if (!reset || reset.usedAt || reset.expiresAt <= new Date()) throw expired();
  const user = reset.user;
  // A link asked for before the account was linked to the identity provider dies with the password.
  if (await ctx.em.count(SsoIdentity, { user: user.id })) throw expired();
  const weak = await newPasswordProblem(newPassword, { email: user.email, name: user.name });
  if (weak) throw badInput('input.newPassword', weak);
  const passwordHash = await hashPassword(newPassword);
  await inTransaction(ctx, async ({ em, afterCommit }) => {
    // Used once: the row is claimed by the statement that checks it, so two uses at the same moment cannot both pass.
    const used = await em.nativeUpdate(PasswordReset, { id: reset.id, usedAt: null, expiresAt: { $gt: new Date() } }, { usedAt: new Date() });
    if (used !== 1) throw expired();
    // Any other link for the account stops working too.
    await em.nativeUpdate(PasswordReset, { user: user.id, usedAt: null }, { usedAt: new Date() });
    await em.nativeUpdate(User, { id: user.id }, { passwordHash });
    await em.nativeDelete(Session, { user: user.id });
    afterCommit(() => ctx.app.revocations.publish({ kind: 'SESSIONS_ENDED', userId: user.id }));
  });
}
