/** One hop of a walk through redirects. */
export interface Hop {
  url: string;
  status: number;
  location?: string;
}

/**
 * An HTTP client that keeps cookies per host and follows redirects one hop at a time, as a
 * browser does between Quorum and an identity provider (no JavaScript, no forms: the test
 * provider's log-in prompt needs neither). Cookies are keyed by host name, as browsers do
 * (not by port); Path, Secure and SameSite are not modelled: every hop here is a top-level GET.
 */
export class CookieJarClient {
  private readonly jars = new Map<string, Map<string, string>>();

  cookies(url: string): Map<string, string> {
    const host = new URL(url).hostname;
    let jar = this.jars.get(host);
    if (!jar) this.jars.set(host, (jar = new Map()));
    return jar;
  }

  /** `name=value; …` for a request to `url`. */
  cookieHeader(url: string): string {
    return [...this.cookies(url)].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** One GET, without following a redirect; keeps the cookies it sets (and drops the ones it clears). */
  async get(url: string): Promise<Response> {
    const header = this.cookieHeader(url);
    const response = await fetch(url, { redirect: 'manual', headers: header ? { cookie: header } : {} });
    const jar = this.cookies(url);
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      const expired = attributes.some((a) => {
        const [key, raw = ''] = a.split('=');
        const k = key.trim().toLowerCase();
        return (k === 'max-age' && Number(raw) <= 0) || (k === 'expires' && new Date(raw.trim()).getTime() <= Date.now());
      });
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  /**
   * GETs `url` and follows redirects until an answer that is not one, or until `stopBefore`
   * says a redirect's target is to be left for the test to look at (or change). Returns every
   * hop and the last answer (its body unread).
   */
  async follow(url: string, stopBefore: (next: URL) => boolean = () => false, maxHops = 20): Promise<{ hops: Hop[]; response: Response; url: string; stoppedAt?: string }> {
    const hops: Hop[] = [];
    let current = url;
    for (let i = 0; i < maxHops; i++) {
      const response = await this.get(current);
      const location = response.headers.get('location') ?? undefined;
      hops.push({ url: current, status: response.status, location });
      if (response.status < 300 || response.status >= 400 || !location) return { hops, response, url: current };
      await response.arrayBuffer();
      const next = new URL(location, current);
      if (stopBefore(next)) return { hops, response, url: current, stoppedAt: next.href };
      current = next.href;
    }
    throw new Error(`More than ${maxHops} redirects from ${url}: ${hops.map((h) => h.url).join(' → ')}`);
  }
}
