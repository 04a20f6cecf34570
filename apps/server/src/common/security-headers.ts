import type { NextFunction, Request, Response } from 'express';

/**
 * Headers on every response, of the web app and of the API alike:
 * - nosniff: a download or an answer is never run as a script or page it was not sent as;
 * - no-referrer: invitation links carry their token in the path, which a referrer would leak;
 * - no framing (X-Frame-Options for old browsers, frame-ancestors for the rest): clickjacking;
 * - HSTS when the public address is https, so a browser never tries plain http again.
 * No script or style policy: the editor sets inline styles.
 */
export function securityHeaders(publicUrl: string) {
  const https = publicUrl.startsWith('https:');
  return (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
    if (https) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
    next();
  };
}
