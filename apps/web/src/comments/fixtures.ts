import type { MockLink } from '@apollo/client/testing';
import type { Role } from '@quorum/domain';
import { eventMock as entryEventMock } from '../test/fixtures';
import { EntryCommentsQuery } from './operations';
import type { Thread } from './use-comments';

export const PEOPLE = {
  nurse: { id: 'u-nurse', name: 'Grace Mensah', email: 'nurse@demo.quorum.test', role: 'NURSE' as Role },
  medic: { id: 'u-medic', name: 'Dr Sunil Mehta', email: 'medic@demo.quorum.test', role: 'MEDIC' as Role },
  patient: { id: 'u-patient', name: 'Joy Campbell', email: 'patient@demo.quorum.test', role: 'PATIENT_REP' as Role },
  observer: { id: 'u-observer', name: 'Mark Evans', email: 'observer@demo.quorum.test', role: 'OBSERVER' as Role },
};
type Person = (typeof PEOPLE)[keyof typeof PEOPLE];

const user = (p: Person) => ({ __typename: 'User' as const, id: p.id, name: p.name });

export function commentFixture(id: string, by: Person, body: string, at = '2026-12-09T14:05:00.000Z') {
  return { __typename: 'Comment' as const, id, body, createdAt: at, editedAt: null, deleted: false, author: user(by) };
}

interface ThreadOptions {
  quote?: string;
  /** Where the passage starts in the text (the API's `anchor.from`). */
  from?: number;
  anchor?: { start: string; end: string };
  changedTo?: string;
  replies?: ReturnType<typeof commentFixture>[];
  resolvedBy?: Person;
}

/** A thread on section s-1, on a passage when `quote` is given. */
export function threadFixture(id: string, by: Person, body: string, { quote, from = 0, anchor, changedTo, replies = [], resolvedBy }: ThreadOptions = {}): Thread {
  return {
    ...commentFixture(id, by, body),
    sectionId: 's-1',
    resolved: !!resolvedBy,
    resolvedAt: resolvedBy ? '2026-12-10T09:30:00.000Z' : null,
    resolvedBy: resolvedBy ? user(resolvedBy) : null,
    anchor: quote
      ? {
          __typename: 'CommentAnchor',
          quote,
          currentText: changedTo ?? quote,
          changed: changedTo !== undefined,
          deleted: false,
          from,
          start: anchor?.start ?? 'AAAA',
          end: anchor?.end ?? 'AAAA',
        }
      : null,
    replies,
  };
}

const page = (nodes: Thread[]) => ({ __typename: 'CommentConnection', totalCount: nodes.length, nodes });
const section = (id: string, title: string, threads: Thread[]) => ({
  __typename: 'Section',
  id,
  title,
  openThreads: page(threads.filter((t) => !t.resolved)),
  resolvedThreads: page(threads.filter((t) => t.resolved)),
});

/** The EntryComments answer for entry e1 (sections s-1 "Patient involvement" and s-2), as `viewer` sees it. */
export function commentsMock(viewer: Person, threads: Thread[] | (() => Thread[])): MockLink.MockedResponse {
  return {
    request: { query: EntryCommentsQuery, variables: { id: 'e1' } },
    result: () => ({
      data: {
        entry: {
          __typename: 'Entry',
          id: 'e1',
          abilities: { __typename: 'EntryAbilities', canComment: viewer.role !== 'OBSERVER', canEdit: ['NURSE', 'MEDIC', 'LEAD'].includes(viewer.role) },
          members: Object.values(PEOPLE).map((p) => ({ __typename: 'Membership', id: `m-${p.id}`, role: p.role, user: user(p) })),
          sections: [section('s-1', 'Patient involvement', typeof threads === 'function' ? threads() : threads), section('s-2', 'Impact on patient safety', [])],
        },
      },
    }),
  };
}

/** One live event of entry e1, after `delay` milliseconds. */
/** An entry event about section s-1 (see test/fixtures.ts). */
export const eventMock = (kind: string, extra: Record<string, unknown> = {}, delay = 0) => entryEventMock(kind, { sectionId: 's-1', ...extra }, delay);
