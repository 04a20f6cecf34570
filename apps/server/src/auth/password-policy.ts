import { DEMO_PASSWORD } from '../demo/demo-password.js';

/**
 * NIST SP 800-63B-4 asks at least 15 characters of a password that is the only factor, as it is
 * here; no composition rules (they make passwords harder to remember, not to guess). The demo
 * password, quorum-demo-2026, has 16.
 */
export const PASSWORD_MIN = 15;
export const PASSWORD_MAX = 200;
export const PASSWORD_LENGTH_MESSAGE = `Enter a password of ${PASSWORD_MIN} to ${PASSWORD_MAX} characters. Three or more random words make a good one.`;

// zxcvbn-ts's list of about 49,000 passwords seen in breaches, lower-cased once, when a
// password is first set: its dictionaries hold about 10 MB that would otherwise stay for good
// in a server where nobody signs up (most of the time, and always under single sign-on).
let commonLoaded: Promise<Set<string>> | undefined;
const commonPasswords = () => (commonLoaded ??= import('@zxcvbn-ts/language-common').then(({ dictionary }) => new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()))));
// Runs that any length can be cut from, forwards or backwards.
const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'qwertyuiopasdfghjklzxcvbnm'];

function isSequence(password: string): boolean {
  return SEQUENCES.some((run) => {
    const around = run.repeat(Math.ceil(password.length / run.length) + 1);
    return around.includes(password) || [...around].reverse().join('').includes(password);
  });
}

/**
 * Why a new password may not be used, or undefined when it may: too short or long, one character
 * or word repeated, a run such as 123456… or qwerty…, a common password (also with numbers or
 * symbols added at the end), or the person's own email or name. For every path that sets a
 * password (sign-up and reset today; a change of password, when it comes).
 */
export async function newPasswordProblem(password: string, person: { email: string; name: string }): Promise<string | undefined> {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return PASSWORD_LENGTH_MESSAGE;
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  const own = [person.email.toLowerCase(), person.email.toLowerCase().split('@')[0], person.name.trim().toLowerCase().replace(/\s+/g, '')];
  if (/^(.+?)\1+$/su.test(lower) || isSequence(lower)) return 'Enter a password that is not a character, word or run of keys repeated.';
  if (lower === DEMO_PASSWORD) return 'Enter a password of your own: this is the demo accounts’ password, which anyone can read.';
  const common = await commonPasswords();
  if (common.has(lower) || common.has(stem) || common.has(lower.replace(/\s+/g, ''))) return 'Enter a password that is harder to guess: this one is in lists of common passwords.';
  if (own.some((word) => word.length > 0 && (lower.replace(/\s+/g, '') === word || stem === word))) return 'Enter a password that is not your email address or name.';
  return undefined;
}
