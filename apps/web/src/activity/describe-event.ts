import type { EntryState } from '../gql/graphql';
import type { EntryEvent } from './use-entry-events';

const STATE_WORDS: Record<EntryState, string> = {
  DRAFT: 'a draft',
  IN_REVIEW: 'in review',
  APPROVED: 'approved',
  SUBMITTED: 'submitted',
};

export interface EventNames {
  /** Member names by user id. */
  people: Map<string, string>;
  /** Section titles by id. */
  sections: Map<string, string>;
  /** The viewer, who reads "You". */
  myId?: string;
}

/** A live event as a sentence: who did what, and where. Events carry ids; the names come from the entry. */
export function describeEvent(event: EntryEvent, { people, sections, myId }: EventNames): string {
  const who = (id: string | null | undefined, fallback: string) => (id && id === myId ? 'You' : ((id && people.get(id)) ?? fallback));
  const actor = who(event.actorId, 'Someone');
  const section = event.sectionId ? `“${sections.get(event.sectionId) ?? 'a section'}”` : 'a section';
  switch (event.kind) {
    case 'COMMENT_ADDED':
      return `${actor} commented on ${section}.`;
    case 'COMMENT_REPLIED':
      return `${actor} replied to a comment on ${section}.`;
    case 'COMMENT_EDITED':
      return `${actor} edited a comment on ${section}.`;
    case 'COMMENT_DELETED':
      return `${actor} deleted a comment on ${section}.`;
    case 'COMMENT_RESOLVED':
      return `${actor} resolved a comment thread on ${section}.`;
    case 'COMMENT_REOPENED':
      return `${actor} reopened a comment thread on ${section}.`;
    case 'SIGNED_OFF':
      return `${actor} signed off ${section}.`;
    case 'SIGN_OFF_STALE':
      return `An edit by ${who(event.actorId, 'someone')} changed ${section}: sign-offs given before no longer count.`;
    case 'SIGN_OFF_SLOTS_CHANGED':
      return `${actor} changed the sign-offs ${section} needs.`;
    case 'WORKFLOW_MOVED':
      return event.actorId ? `${actor} moved the entry on: it is now ${STATE_WORDS[event.state ?? 'DRAFT']}.` : `The entry is now ${STATE_WORDS[event.state ?? 'DRAFT']}.`;
    case 'MEMBER_JOINED':
      return `${who(event.userId, 'Someone')} joined the team.`;
    case 'MEMBER_ROLE_CHANGED':
      return `${actor} changed ${who(event.userId, 'a member')}’s role.`.replace('You’s', 'your');
    case 'MEMBER_REMOVED':
      return event.userId === myId ? 'You left the team or were removed.' : `${who(event.userId, 'A member')} left the team or was removed.`;
    default:
      return `${actor} changed something in the entry.`;
  }
}
