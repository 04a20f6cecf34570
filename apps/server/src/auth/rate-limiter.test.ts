import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter', () => {
  it('blocks a key at its limit within the window, and not after it', () => {
    const limiter = new RateLimiter(3, 1000);
    for (let t = 0; t < 3; t++) limiter.attempt('k', t);
    expect(limiter.isBlocked('k', undefined, 10)).toBe(true);
    expect(limiter.isBlocked('k', 5, 10)).toBe(false); // a key given a higher limit
    expect(limiter.isBlocked('k', undefined, 1003)).toBe(false);
  });

  it('forgives the attempt that succeeded, and no other', () => {
    const limiter = new RateLimiter(2, 1000);
    limiter.attempt('k', 0);
    limiter.attempt('k', 1);
    limiter.forgive('k', 2);
    expect(limiter.isBlocked('k', undefined, 3)).toBe(false);
    limiter.attempt('k', 4);
    expect(limiter.isBlocked('k', undefined, 5)).toBe(true);
  });

  it('stays bounded when every key is still live, dropping the longest-standing', () => {
    const limiter = new RateLimiter(10, 60_000, 100);
    for (let i = 0; i < 250; i++) limiter.attempt(`address-${i}`, i);
    expect(limiter.size).toBeLessThanOrEqual(100);
    limiter.attempt('address-249', 300);
    expect(limiter.isBlocked('address-249', 2, 301)).toBe(true); // the newest are kept
  });

  it('sweeps expired keys once it holds many, so that one-off keys do not pile up', () => {
    const limiter = new RateLimiter(10, 1000, 100);
    for (let i = 0; i < 100; i++) limiter.attempt(`old-${i}`, 0);
    limiter.attempt('new', 5000);
    expect(limiter.size).toBe(1);
  });
});
