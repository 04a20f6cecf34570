import { encodeBase64Update } from '@quorum/section-content';
import { describedEnum, type EnumValue } from '../common/described-enum.js';
import type { SectionAppend } from './group-commit.js';
import type { SectionRelayEvent } from './live.types.js';
import { relayTopic, type PubSub } from './pubsub.js';

export const SectionRelayKind = describedEnum('SectionRelayKind', 'What a `sectionRelay` event brings.', {
  EDIT: 'An edit, checked and being committed: apply its update.',
  WITHDRAWN:
    'Edits relayed before could not be committed (the database failed, or the entry was submitted meanwhile): the text you have may hold words the server does not. Read the section again from nothing (`sectionSync` without a state vector) and start from that; edits committed after it come again.',
});
export type SectionRelayKind = EnumValue<typeof SectionRelayKind>;

/** An edit as the log holds it (group-commit.ts): its update, and who sent it. */
export type RelayedEdit = SectionAppend['updates'][number];

/**
 * The relay: a section's edits go to everyone who has it open as soon as they are checked,
 * while they are committed, and the sender is answered once committed, as before. Waiting for
 * the commit before passing an edit on put a write to the database between every keystroke and
 * the colleagues who see it; with fifty people typing in one section that doubled what they
 * waited (issue 16's live bench). `sectionUpdated` still carries only committed edits, with
 * their versions, for scripts that keep a record.
 *
 * What this costs: an edit relayed whose commit then fails was seen, and is not saved. When the
 * log refuses it (the database failing; the entry submitted in the moment between; with several
 * processes, the slow way's checks against text another process wrote), UpdateLog.failed
 * publishes one WITHDRAWN, after which every client reads the section again (the web app's
 * live-section.ts starts again from the server's text). When the process dies between the relay
 * and the commit, nobody says so: the sender still holds its edit unacknowledged and sends it
 * again, and a colleague whose editor catches up sends what the server lacks, which Yjs does not
 * tell apart from their own (so it may be saved in their name, or refused if they may only suggest).
 */
export function relayEdits(pubsub: PubSub, sectionId: string, edits: RelayedEdit[]): void {
  for (const { update, clientId, authorId } of edits) {
    const event: SectionRelayEvent = { sectionId, kind: SectionRelayKind.EDIT, update: encodeBase64Update(update), clientId, authorId };
    void pubsub.publish(relayTopic(sectionId), event);
  }
}

export function relayWithdrawal(pubsub: PubSub, sectionId: string): void {
  const event: SectionRelayEvent = { sectionId, kind: SectionRelayKind.WITHDRAWN, update: null, clientId: null, authorId: null };
  void pubsub.publish(relayTopic(sectionId), event);
}
