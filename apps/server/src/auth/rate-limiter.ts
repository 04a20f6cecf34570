/**
 * Counts failed attempts per key in a sliding window, in this process. Enough to slow
 * password guessing against one server; behind a load balancer each process counts its own.
 *
 * An attempt counts from the moment it starts (`attempt`), and is forgiven once it succeeds:
 * counting only after the slow password check would let a burst of parallel guesses all pass
 * the check before the first failure is recorded.
 */
export class RateLimiter {
  private attempts = new Map<string, number[]>();

  constructor(
    /** Failures a key may have in the window; callers may give a key a multiple of it. */
    readonly limit: number,
    private readonly windowMs: number,
    /**
     * At this many keys, expired ones are swept, then the oldest dropped down to nine tenths, so
     * that memory stays bounded and the sweep is rare, however many addresses try.
     */
    private readonly maxKeys = 10_000,
  ) {}

  isBlocked(key: string, limit = this.limit, now = Date.now()): boolean {
    return this.recent(key, now).length >= limit;
  }

  /** Counts an attempt now; `forgive` takes it back if it succeeds. */
  attempt(key: string, now = Date.now()): void {
    if (this.attempts.size >= this.maxKeys) this.sweep(now);
    this.attempts.set(key, [...this.recent(key, now), now]);
  }

  /** Takes back one attempt (the one that succeeded). */
  forgive(key: string, now = Date.now()): void {
    const times = this.recent(key, now);
    times.pop();
    if (times.length) this.attempts.set(key, times);
    else this.attempts.delete(key);
  }

  reset(key: string): void {
    this.attempts.delete(key);
  }

  get size(): number {
    return this.attempts.size;
  }

  private sweep(now: number): void {
    for (const key of this.attempts.keys()) this.recent(key, now);
    // Keys keep their first insertion's place: the first are the longest-standing.
    for (const key of this.attempts.keys()) {
      if (this.attempts.size < this.maxKeys * 0.9) break;
      this.attempts.delete(key);
    }
  }

  private recent(key: string, now: number): number[] {
    const times = (this.attempts.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (times.length === 0) this.attempts.delete(key);
    return times;
  }
}
