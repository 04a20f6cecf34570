import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { apiError } from '../common/errors.js';

const WINDOW_SECONDS = 15 * 60;

/** How many attempts each kind of key may make in 15 minutes. */
const RULES = {
  // Ten wrong passwords for one account from one address stop it there. More are allowed in all
  // for one account (guesses from many addresses) and from one address (a whole ward behind one
  // proxy), so that neither locks everyone else out after ten.
  logInByAccountAndAddress: 10,
  logInByAccount: 50,
  logInByAddress: 100,
  // Sign-up tells whether an address has an account (it must: there is no email to send), so it
  // gets the same budget as log-in guesses, every attempt counted, taken or not.
  signUpByEmailAndAddress: 10,
  signUpByEmail: 50,
  signUpByAddress: 100,
  // The signer's password again at sign-off: a session in other hands must not guess it freely.
  signOffPasswordByAccount: 10,
  // Password reset links (mail/password-reset.service.ts): a few per address, whether or not it has
  // an account (so the limit tells nothing), so that nobody floods someone's inbox from here.
  passwordResetByEmail: 5,
  passwordResetByAddress: 30,
};

export type AttemptLimiter = RateLimiterAbstract;
export type AttemptLimiters = Record<keyof typeof RULES, AttemptLimiter> & { close(): Promise<void> };

/**
 * The limits on password guesses and sign-ups, for the app's lifetime (created at start, closed
 * at stop). With Redis, every process counts in the same place, so N replicas do not give N
 * times the guesses; while Redis is away each process counts on its own (the insurance limiter)
 * rather than refusing every log-in.
 */
export function createAttemptLimiters(redisUrl: string | undefined): AttemptLimiters {
  // Its own connection, failing fast: a limiter waiting on a queued command would hold up the log-in.
  const redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }).on('error', () => {}) : undefined;
  const limiter = (name: string, points: number): AttemptLimiter => {
    const options = { keyPrefix: `quorum:attempts:${name}`, points, duration: WINDOW_SECONDS };
    if (!redis) return new RateLimiterMemory(options);
    return new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) });
  };
  const limiters = Object.fromEntries(Object.entries(RULES).map(([name, points]) => [name, limiter(name, points)])) as Record<keyof typeof RULES, AttemptLimiter>;
  return { ...limiters, close: async () => redis?.disconnect() };
}

/** Emails and addresses are hashed, so that Redis holds neither. */
export const attemptKey = (subject: string) => createHash('sha256').update(subject).digest('base64url');

/** An attempt counted against its limits, to take back (`forgive`) if it succeeds. */
export interface Attempt {
  forgive(): Promise<void>;
}

/**
 * Counts an attempt on each of its keys as it starts, before any slow password check, so that a
 * burst of parallel guesses cannot all pass before the first failure is counted. Over any limit,
 * it is refused with RATE_LIMITED (saying when to try again) and counts on none of them.
 */
export async function startAttempt(keys: [AttemptLimiter, string][], refusal: string): Promise<Attempt> {
  const counted = keys.map(([limiter, subject]) => [limiter, attemptKey(subject)] as const);
  const results = await Promise.allSettled(counted.map(([limiter, key]) => limiter.consume(key)));
  const over = results.flatMap((r) => (r.status === 'rejected' && r.reason instanceof RateLimiterRes ? [r.reason] : []));
  const failed = results.find((r) => r.status === 'rejected' && !(r.reason instanceof RateLimiterRes));
  if (over.length > 0 || failed) {
    // Taken back where it was counted: refused attempts must not use up another key's budget.
    await Promise.all(counted.filter((_, i) => results[i].status === 'fulfilled').map(([limiter, key]) => limiter.reward(key).catch(() => undefined)));
    if (failed) throw (failed as PromiseRejectedResult).reason;
    const seconds = Math.max(1, Math.ceil(Math.max(...over.map((r) => r.msBeforeNext)) / 1000));
    const minutes = Math.ceil(seconds / 60);
    throw apiError('RATE_LIMITED', `${refusal} Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, { retryAfterSeconds: seconds });
  }
  return {
    forgive: async () => {
      await Promise.all(counted.map(([limiter, key]) => limiter.reward(key)));
    },
  };
}

/** Clears a key (e.g. one account's guesses from one address, after its right password). */
export async function clearAttempts(limiter: AttemptLimiter, subject: string): Promise<void> {
  await limiter.delete(attemptKey(subject));
}
