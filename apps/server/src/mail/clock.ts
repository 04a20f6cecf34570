/**
 * The time the mail worker and the closing-date reminders go by: the real time, moved on by
 * tests (reminders 14 days before a date, a digest tomorrow) instead of waited for.
 */
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Tests only: moves the time on (never back). */
  advance(ms: number): void {
    this.offsetMs += Math.max(0, ms);
  }
}
