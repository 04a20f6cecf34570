import { formatDateTime, formatDateTimeToSecond } from '../format';

/**
 * How a revision is named in sentences and choices: its name when it has one, and always when
 * it was saved (`toTheSecond`, with the text's version, where another was saved in the same minute).
 */
export function revisionLabel(revision: { name: string | null; createdAt: string; version?: number }, toTheSecond = false): string {
  const saved = toTheSecond ? `${formatDateTimeToSecond(revision.createdAt)}${revision.version != null ? ` (version ${revision.version})` : ''}` : formatDateTime(revision.createdAt);
  return revision.name ? `“${revision.name}” (saved ${saved})` : `the revision saved ${saved}`;
}
