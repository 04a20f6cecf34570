const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * How long until `iso`, in words: "13 days left", "5 hours left", "less than an hour left", or
 * `past` once it has gone. Rounded down, so that it never promises more time than there is.
 */
export function timeLeft(iso: string, now = Date.now(), past = 'Expired'): string {
  const ms = new Date(iso).getTime() - now;
  if (ms <= 0) return past;
  if (ms >= 2 * DAY) return `${Math.floor(ms / DAY)} days left`;
  if (ms >= DAY) return '1 day left';
  const hours = Math.floor(ms / HOUR);
  if (hours >= 1) return `${hours} hour${hours === 1 ? '' : 's'} left`;
  return 'less than an hour left';
}
