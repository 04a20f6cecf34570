import { parse as parseCookies } from 'cookie';
import express, { type Request, type Response } from 'express';
import type { Context } from '../../common/context.js';
import { DomainError } from '../../common/errors.js';
import { errorSummary, logError } from '../../common/log.js';
import { inTransaction } from '../../common/unit-of-work.js';
import { hashSecret, newSecret } from '../secrets.js';
import { SsoIdentity } from './sso-identity.entity.js';
import { SsoClient } from './sso-client.js';
import { SsoRequest, type SsoPurpose } from './sso-request.entity.js';
import { confirmWithProvider, signInWithProvider, SsoRefusal } from './sso.service.js';
import { ssoPage } from './sso-page.js';

/** The browser's side of a trip under way: a random secret whose SHA-256 is the SsoRequest's id. */
export const SSO_COOKIE = 'quorum_sso';
const COOKIE_PATH = '/auth/sso';
/** Long enough to sign in at the provider (a password, a second factor), short enough to be no standing risk. */
const TRIP_MINUTES = 10;

export const SSO_PATHS = { start: '/auth/sso/start', confirm: '/auth/sso/confirm', callback: '/auth/sso/callback' } as const;

/** Where to go afterwards: only a path on this site, never another site (open redirect), as the web app's nextPath. */
function nextPathFrom(value: unknown, fallback = '/'): string {
  return typeof value === 'string' && value.length <= 2000 && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : fallback;
}

const INVITATION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Single sign-on's three addresses, on the same port as the rest (app.ts mounts them):
 * - `GET /auth/sso/start?next=/path[&invitation=<link secret>]`: to the provider, to sign in;
 * - `GET /auth/sso/confirm?next=/path`: to the provider, to sign in again before a sign-off
 *   (`prompt=login`, `max_age=0`); back at `next` with `#sso-confirmation=<secret>`;
 * - `GET /auth/sso/callback`: where the provider sends the browser back.
 * `contextFor` gives each request the same Context as GraphQL's (its viewer from the session
 * cookie, and the session cookie to set). A refusal is a page of its own, never a stack trace.
 */
export function serveSingleSignOn(app: express.Express, sso: SsoClient | undefined, contextFor: (req: Request, res: Response) => Promise<Context>): void {
  const router = express.Router();
  const secure = (ctx: Context) => ctx.app.config.secureCookies;

  async function begin(req: Request, res: Response, purpose: SsoPurpose) {
    if (!sso) throw new SsoRefusal(404, 'Single sign-on is not set up', 'This Quorum has no single sign-on. Log in with your email address and password.');
    const ctx = await contextFor(req, res);
    const nextPath = nextPathFrom(req.query.next);
    const invitation = typeof req.query.invitation === 'string' && INVITATION_TOKEN.test(req.query.invitation) ? req.query.invitation : null;
    let loginHint: string | undefined;
    if (purpose === 'CONFIRM') {
      const viewer = ctx.viewer;
      if (!viewer?.sessionId) throw new SsoRefusal(401, 'You are not logged in', 'Log in first, then confirm it is you when you sign off.');
      const linked = await ctx.em.count(SsoIdentity, { user: viewer.user.id });
      if (!linked) throw new SsoRefusal(400, 'Your account does not use single sign-on', 'You sign in to Quorum with a password: sign off with your password instead.');
      loginHint = viewer.user.email;
    }
    const checks = SsoClient.newChecks();
    const { secret, hash } = newSecret();
    const expiresAt = new Date(Date.now() + TRIP_MINUTES * 60_000);
    const target = await sso.authorizationUrl(checks, { reauthenticate: purpose === 'CONFIRM', loginHint });
    await inTransaction(ctx, async ({ em }) => {
      // Trips abandoned at the provider: a few go with each new one, so that the table stays small however often people start.
      await em.execute('delete from sso_requests where id in (select id from sso_requests where expires_at < now() limit 100)');
      em.create(SsoRequest, {
        id: hash,
        purpose,
        ...checks,
        nextPath,
        invitationToken: invitation,
        userId: purpose === 'CONFIRM' ? ctx.viewer!.user.id : null,
        sessionId: purpose === 'CONFIRM' ? ctx.viewer!.sessionId : null,
        expiresAt,
      });
    });
    // SameSite=Lax: the provider sends the browser back with a top-level GET, which carries it.
    res.cookie(SSO_COOKIE, secret, { httpOnly: true, sameSite: 'lax', secure: secure(ctx), path: COOKIE_PATH, expires: expiresAt });
    res.set('Cache-Control', 'no-store');
    res.redirect(303, target.href);
  }

  async function callback(req: Request, res: Response) {
    if (!sso) throw new SsoRefusal(404, 'Single sign-on is not set up', 'This Quorum has no single sign-on. Log in with your email address and password.');
    const ctx = await contextFor(req, res);
    res.clearCookie(SSO_COOKIE, { httpOnly: true, sameSite: 'lax', secure: secure(ctx), path: COOKIE_PATH });
    res.set('Cache-Control', 'no-store');
    const secret = req.headers.cookie ? parseCookies(req.headers.cookie)[SSO_COOKIE] : undefined;
    // Used up whatever happens next: the same answer cannot be replayed.
    const request = secret
      ? await inTransaction(ctx, async ({ em }) => {
          const found = await em.findOne(SsoRequest, { id: hashSecret(secret), expiresAt: { $gt: new Date() } });
          if (found) em.remove(found);
          return found;
        })
      : null;
    if (!request) {
      throw new SsoRefusal(400, 'This sign-in has expired', 'This sign-in took too long, was already used, or was started in another browser. Start again from the log-in page.');
    }
    const query = new URLSearchParams(req.originalUrl.slice(req.originalUrl.indexOf('?') + 1));
    if (query.get('error') === 'access_denied') {
      throw new SsoRefusal(403, 'Sign-in was cancelled', 'You did not finish signing in at your identity provider, or it refused. Start again from the log-in page.');
    }
    const claims = await sso.exchange(query, request).catch((error: unknown) => {
      // A tampered or replayed state, a nonce that is not ours, a bad signature, a provider error: the details go to the log only.
      console.warn(`Single sign-on refused an answer from the identity provider: ${errorSummary(error)}`);
      throw new SsoRefusal(400, 'Sign-in could not be completed', 'Quorum could not check the answer from your identity provider, so you have not been signed in. Start again from the log-in page.');
    });
    if (request.purpose === 'CONFIRM') {
      // Only for the session that asked: a confirmation carried to another browser is worthless.
      if (!ctx.viewer || ctx.viewer.sessionId !== request.sessionId)
        throw new SsoRefusal(401, 'You are not logged in', 'Your session ended while you were at your identity provider. Log in again, then sign off.');
      const confirmation = await confirmWithProvider(ctx, claims, request);
      res.redirect(303, `${request.nextPath.split('#')[0]}#sso-confirmation=${confirmation}`);
      return;
    }
    res.redirect(303, await signInWithProvider(ctx, claims, request));
  }

  const handle = (work: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    try {
      await work(req, res);
    } catch (error) {
      if (res.headersSent) return void res.end();
      res.set('Cache-Control', 'no-store');
      if (error instanceof SsoRefusal) {
        res.status(error.status).type('html').send(ssoPage(error.title, error.message));
      } else if (error instanceof DomainError) {
        res.status(400).type('html').send(ssoPage('Sign-in could not be completed', error.message));
      } else {
        logError(`${req.method} ${req.path} failed`, error);
        res
          .status(502)
          .type('html')
          .send(ssoPage('Sign-in is not working just now', 'Quorum could not reach your identity provider, or something went wrong on the server. Try again in a few minutes.'));
      }
    }
  };

  router.get(
    '/start',
    handle((req, res) => begin(req, res, 'SIGN_IN')),
  );
  router.get(
    '/confirm',
    handle((req, res) => begin(req, res, 'CONFIRM')),
  );
  router.get('/callback', handle(callback));
  app.use(COOKIE_PATH, router);
}
