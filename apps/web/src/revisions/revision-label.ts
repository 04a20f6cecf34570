import { formatDateTime } from '../format';

/** How a revision is named in sentences and choices: its name when it has one, and always when it was saved. */
export function revisionLabel(revision: { name: string | null; createdAt: string }): string {
  const saved = formatDateTime(revision.createdAt);
  return revision.name ? `“${revision.name}” (saved ${saved})` : `the revision saved ${saved}`;
}
