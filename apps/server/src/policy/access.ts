import { TokenScope } from '../common/enums.js';
import type { Context, Viewer } from '../common/context.js';
import { forbidden, unauthenticated } from '../common/errors.js';

/**
 * Who may call an operation at all, before any entry-level check. Every resolver carries
 * one of these in `@Authorized(...)`; `checkAccess` is the one guard behind them.
 *   USER       any signed-in person or API token
 *   USER_WRITE as USER, but not with a read-only token
 *   SESSION    a browser session only: tokens cannot manage tokens
 */
export const Access = { USER: 'USER', USER_WRITE: 'USER_WRITE', SESSION: 'SESSION' } as const;
export type AccessLevel = (typeof Access)[keyof typeof Access];

export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

export function checkAccess(ctx: Context, levels: readonly string[]): true {
  const viewer = requireViewer(ctx);
  if (levels.includes(Access.SESSION) && !viewer.sessionId) {
    throw forbidden('This can only be done from a signed-in browser session, not with an API token.');
  }
  if (levels.includes(Access.USER_WRITE) && viewer.token?.scope === TokenScope.READ) {
    throw forbidden('This API token is read-only.');
  }
  return true;
}
