import { formatDateTime, formatDateTimeToSecond } from '../format';

/**
 * How a revision is named in sentences and choices: its name when it has one, and always when
 * it was saved (`toTheSecond` where another was saved in the same minute).
 */
export function revisionLabel(revision: { name: string | null; createdAt: string }, toTheSecond = false): string {
  const saved = (toTheSecond ? formatDateTimeToSecond : formatDateTime)(revision.createdAt);
  return revision.name ? `“${revision.name}” (saved ${saved})` : `the revision saved ${saved}`;
}
