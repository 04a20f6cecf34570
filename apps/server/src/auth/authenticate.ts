import type { EntityManager } from '@mikro-orm/postgresql';
import { parse as parseCookies } from 'cookie';
import type { Viewer } from '../common/context.js';
import { unauthenticated } from '../common/errors.js';
import { ApiToken } from './api-token.entity.js';
import { hashSecret } from './secrets.js';
import { Session } from './session.entity.js';

export const SESSION_COOKIE = 'quorum_session';

export interface Credentials {
  cookie?: string;
  authorization?: string;
}

/**
 * Finds who is asking from a cookie header or a bearer token (HTTP headers, or the
 * WebSocket's upgrade request and `connection_init` payload). A bad bearer token is an
 * error rather than anonymity, so that a script learns at once that its token is wrong.
 */
export async function authenticate(em: EntityManager, { cookie, authorization }: Credentials): Promise<Viewer | undefined> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (authorization && !bearer) {
    throw unauthenticated('Send the API token as `Authorization: Bearer <token>`.');
  }
  if (bearer) return viewerFromToken(em, bearer);
  const secret = cookie ? parseCookies(cookie)[SESSION_COOKIE] : undefined;
  return secret ? viewerFromSession(em, secret) : undefined;
}

const invalidToken = () => unauthenticated('The API token is not valid, or has been revoked.');

async function viewerFromToken(em: EntityManager, secret: string): Promise<Viewer> {
  const token = await em.findOne(ApiToken, { secretHash: hashSecret(secret), revokedAt: null }, { populate: ['user'] });
  if (!token) throw invalidToken();
  const now = new Date();
  // Record use at most once a minute, so that reading does not mean a write per request.
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
    await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
    token.lastUsedAt = now;
  }
  return { user: token.user, userId: token.user.id, token };
}

async function viewerFromSession(em: EntityManager, secret: string): Promise<Viewer | undefined> {
  const session = await em.findOne(Session, { id: hashSecret(secret), expiresAt: { $gt: new Date() } }, { populate: ['user'] });
  return session ? { user: session.user, userId: session.user.id, sessionId: session.id, sessionExpiresAt: session.expiresAt } : undefined;
}
