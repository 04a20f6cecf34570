import { isRole, ROLE_LABELS } from '@quorum/domain';
import { ActivityKind, type ActivityItem } from './activity.types.js';

/** How long a comment's quoted excerpt may be, in characters. */
export const EXCERPT_LENGTH = 140;

const SOURCES: Record<string, string> = {
  PATIENT: 'a patient',
  FAMILY: 'a family member or carer',
  STAFF: 'a member of staff',
  STAKEHOLDER: 'a stakeholder',
};

/** The first words of a comment, on one line, cut at a word where it can be. */
export function excerpt(body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** "A", "A and B", "A, B and C". */
function listOf(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export interface ActivityNames {
  /** The actor's name now (null: the system, or a record naming nobody). */
  actor: string | null;
  /** Every author's name, for revisions. */
  authors: string[];
  /** The section's title. */
  section: string | null;
}

/**
 * The item as a sentence in plain words. Audit records keep the sentence written when they
 * happened (names as they were then); the rest are written here from the stored row.
 */
export function describeActivity(item: ActivityItem, names: ActivityNames): string {
  const details = item.details as Record<string, string | boolean | null | undefined>;
  const actor = names.actor ?? 'Someone';
  const section = `“${names.section ?? 'a section'}”`;
  const said = () => (details.deleted ? ' (since deleted).' : details.body ? `: “${excerpt(String(details.body))}”` : '.');
  switch (item.kind) {
    case ActivityKind.ENTRY_CREATED:
      return `${actor} started the entry.`;
    case ActivityKind.SECTION_EDITED:
      return `${listOf(names.authors) || actor} edited ${section}.`;
    case ActivityKind.SECTION_RESTORED:
      return `${listOf(names.authors) || actor} restored an earlier version of ${section}.`;
    case ActivityKind.COMMENT_ADDED:
      return `${actor} commented on ${section}${said()}`;
    case ActivityKind.COMMENT_REPLIED:
      return `${actor} replied to a comment on ${section}${said()}`;
    case ActivityKind.COMMENT_RESOLVED:
      return `${actor} resolved a comment thread on ${section}.`;
    case ActivityKind.COMMENT_REOPENED:
      return `${actor} reopened a comment thread on ${section}.`;
    case ActivityKind.SIGNED_OFF: {
      const role = isRole(details.role) ? ` (${ROLE_LABELS[details.role]})` : '';
      const verb = details.meaning === 'REQUEST_CHANGES' ? 'requested changes to' : 'approved';
      return `${actor}${role} ${verb} ${section} as “${details.slotLabel}”.`;
    }
    case ActivityKind.MEMBER_INVITED: {
      // The stored sentence names the invitee's email address: the team sees the role only.
      const who = (details.actorName as string | null) ?? actor;
      const role = isRole(details.role) ? ROLE_LABELS[details.role].toLowerCase() : 'a member';
      return `${who} invited someone to join the team as ${role}.`;
    }
    case ActivityKind.METRIC_ADDED:
      return `${actor} added the metric “${details.name}”.`;
    case ActivityKind.TESTIMONIAL_ADDED:
      return `${actor} added a testimonial from ${SOURCES[String(details.source)] ?? 'someone'}.`;
    default:
      return String(details.summary ?? `${actor} changed something in the entry.`);
  }
}
