import { describedEnum } from './described-enum.js';

/** The four ways the server speaks of what happens in an entry, each to its own audience. */
type Channel = 'audit' | 'activity' | 'event' | 'notification' | 'mail';

/**
 * What can happen in an entry, each named once, with what each channel that carries it says of
 * it (docs/architecture.md, "Events and who hears them"):
 *   audit         `AuditAction`: the permanent, hash-chained record (a name once written there is
 *                 never renamed or removed: stored records and the database's check name it)
 *   activity      `ActivityKind`: the history people read, assembled from stored rows
 *   event         `EntryEventKind`: the live signal that makes open pages refresh
 *   notification  `NotificationKind`: why one person is told
 *   mail          `MailKind`: an email's subject line (mail/): the entry's title and a link
 *                 travel with it, never its text, figures or testimonials
 * The words differ because the audiences do; the names are shared so that one happening is
 * one name everywhere. A new happening is added here, with the channels that carry it.
 */
const HAPPENINGS = {
  ENTRY_CREATED: { activity: 'The entry was started (`actor` is who started it).' },
  SECTION_EDITED: { activity: 'A saved revision of a section’s text: `authors` wrote the edits it holds since the revision before.' },
  SECTION_RESTORED: { activity: 'An earlier revision of a section was brought back.' },
  COMMENT_ADDED: { activity: 'A comment thread was opened (`commentId` is its opening comment).', event: 'A new comment thread (`commentId` is its opening comment).' },
  COMMENT_REPLIED: { activity: 'A reply (`commentId`) in a thread (`threadId`).', event: 'A reply (`commentId`) in a thread (`threadId`).' },
  COMMENT_RESOLVED: { activity: 'A thread (`commentId`) was resolved; only its latest resolution is kept, and a reopened thread shows none.', event: 'A thread was resolved.' },
  COMMENT_REOPENED: { activity: 'A resolved thread (`commentId`) was reopened; only its latest reopening is kept.', event: 'A thread was reopened.' },
  SIGNED_OFF: {
    audit: 'A section was signed off (approved or changes requested).',
    activity: 'A section was signed off (`signOffId`): approved, or changes requested.',
    event: 'A section was signed off (`signOffId`).',
  },
  SIGN_OFF_STALE: {
    audit: 'An edit made sign-offs of a section stale.',
    activity: 'An edit changed a section after sign-offs were given: they no longer count.',
    event: 'An edit made sign-offs of a section stale.',
    notification: 'A section you signed off has changed since: your sign-off no longer counts.',
    mail: 'A section you signed off has changed: your sign-off no longer counts',
  },
  SIGN_OFF_SLOTS_CHANGED: { audit: 'The lead changed the sign-offs a section needs.', activity: 'The lead changed the sign-offs a section needs.', event: 'The sign-offs a section needs changed.' },
  WORKFLOW_MOVED: {
    audit: 'The entry moved in its workflow (by the lead, or automatically).',
    activity: 'The entry moved in its workflow (by the lead, or automatically when `actor` is null).',
    event: 'The entry moved to `state`.',
  },
  MEMBER_INVITED: { audit: 'Someone was invited.', activity: 'Someone was invited to the team (their address is not shown here).', mail: 'You are invited to join the team writing an award entry' },
  MEMBER_JOINED: { audit: 'Someone joined by invitation.', activity: 'Someone joined the team by invitation.', event: 'Someone (`userId`) joined.' },
  MEMBER_ROLE_CHANGED: { audit: 'A member’s role changed.', activity: 'A member’s role changed.', event: 'A member’s role changed.' },
  MEMBER_REMOVED: { audit: 'The lead removed a member.', activity: 'The lead removed a member.', event: 'A member (`userId`) was removed or left; their subscription ends with this event.' },
  MEMBER_LEFT: { audit: 'A member left the entry.', activity: 'A member left the team.' },
  METRIC_ADDED: { activity: 'A metric was added to the evidence.' },
  TESTIMONIAL_ADDED: { audit: 'A testimonial was added (the record keeps neither its words nor whom it names).', activity: 'A testimonial was added to the evidence (its words are not quoted here).' },
  API_TOKEN_CREATED: { audit: 'A member created a personal API token (recorded in each of their entries).' },
  API_TOKEN_REVOKED: { audit: 'A member revoked a personal API token (recorded in each of their entries).' },
  LOGGED_IN: { audit: 'A member logged in (recorded in each of their entries).' },
  TESTIMONIAL_CHANGED: { audit: 'A testimonial was corrected: which parts, and whether that reset its consent.' },
  CONSENT_RECORDED: { audit: 'Consent for a testimonial was recorded as given or withdrawn, with its date.' },
  TESTIMONIAL_DELETED: { audit: 'A testimonial was deleted.' },
  METRIC_VALUES_CHANGED: {
    audit: 'Values of a metric were entered, imported or changed: which cells (the figures only for those who may see every value).',
    activity: 'Values of a metric were entered, imported or changed (`valueChanges` names the cells; their figures show only to those who may see every value).',
  },
  SUGGESTION_MADE: { event: 'Someone (`actorId`) made a suggestion (`suggestionId`) in a section: read `Section.suggestions`.' },
  SUGGESTION_ACCEPTED: {
    audit: 'Someone who may edit a section accepted suggestions in it: whose, and what they inserted and deleted.',
    activity: 'Suggestions in a section were accepted: the text now holds them (`actor` accepted; the summary says whose).',
    event: 'A suggestion (`suggestionId`; null when several) was accepted: the section’s text changed.',
    notification: 'Someone accepted suggestions of yours in a section: the text now holds them (one notification for all of yours they accepted at once).',
    mail: 'Your suggested changes to a section were accepted',
  },
  SUGGESTION_REJECTED: {
    audit: 'Someone who may edit a section rejected suggestions in it: whose, and what they would have inserted and deleted.',
    activity: 'Suggestions in a section were rejected: the text stays as it was (`actor` rejected; the summary says whose).',
    event: 'A suggestion (`suggestionId`; null when several) was rejected.',
    notification: 'Someone rejected suggestions of yours in a section: the text stays as it was (one notification for all of yours they rejected at once).',
    mail: 'Your suggested changes to a section were rejected',
  },
  SUGGESTION_COMMENTED: {
    notification: 'Someone commented on a suggestion of yours (in its thread; `commentId` is the thread).',
    mail: 'A comment on your suggested change',
  },
  COMMENT_EDITED: { event: 'A comment was edited.' },
  COMMENT_DELETED: { event: 'A comment was deleted (it stays as a tombstone).' },
  MENTION: { notification: 'Someone @mentioned you in a comment.', mail: 'You were mentioned in a comment' },
  REPLY: { notification: 'Someone replied in a comment thread you took part in.', mail: 'A reply in a comment thread you took part in' },
  REVIEW_REQUESTED: { notification: 'The lead asked for review and sign-off.', mail: 'Your review and sign-off are asked for' },
  CHANGES_REQUESTED: { notification: 'Someone signed off a section with a request for changes.', mail: 'Changes were requested in a section' },
  ENTRY_APPROVED: { notification: 'Every sign-off slot is held: the entry is ready to submit (sent to leads).', mail: 'Every sign-off is in: the entry is ready to submit' },
  CLOSING_DATE_NEAR: {
    notification: 'The entry closes soon and something of yours is still pending (sent 14, 7 and 2 days before its closing date).',
    mail: 'The entry closes soon and something of yours is pending',
  },
  PASSWORD_RESET: { mail: 'Reset your Quorum password' },
} as const satisfies Record<string, Partial<Record<Channel, string>>>;

type Happening = keyof typeof HAPPENINGS;
/** The happenings a channel carries. */
type CarriedBy<C extends Channel> = { [H in Happening]: (typeof HAPPENINGS)[H] extends { readonly [K in C]: string } ? H : never }[Happening];

/** The GraphQL enum of one channel: its happenings, in the table's order, with its words for them. */
export function channelEnum<C extends Channel>(channel: C, name: string, description: string): { readonly [H in CarriedBy<C>]: H } {
  const values = Object.fromEntries(Object.entries(HAPPENINGS).flatMap(([happening, said]) => (channel in said ? [[happening, (said as Partial<Record<Channel, string>>)[channel]!]] : [])));
  return describedEnum(name, description, values) as unknown as { readonly [H in CarriedBy<C>]: H };
}

/** A channel's words for each happening it carries (e.g. an email's subject line, mail/compose.ts). */
export function channelWords<C extends Channel>(channel: C): Record<CarriedBy<C>, string> {
  return Object.fromEntries(Object.entries(HAPPENINGS).flatMap(([happening, said]) => (channel in said ? [[happening, (said as Partial<Record<Channel, string>>)[channel]!]] : []))) as Record<
    CarriedBy<C>,
    string
  >;
}
