import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { EntryEventsSubscription } from '../activity/operations';
import { LoginOptionsQuery, MeQuery } from '../auth/operations';
import type { EntryState, Role } from '../gql/graphql';

/** A signed-in (or, with null, signed-out) viewer, answered as often as asked. */
export function meMock(me: { id: string; name: string; email: string } | null): MockLink.MockedResponse {
  return { request: { query: MeQuery }, result: { data: { me: me && { __typename: 'User', ...me } } }, maxUsageCount: Infinity };
}

/** The log-in options with single sign-on (NHSmail) on, and the password form on or off. */
export function singleSignOnMock(passwordLogin: boolean): MockLink.MockedResponse {
  return {
    request: { query: LoginOptionsQuery },
    result: {
      data: {
        loginOptions: {
          __typename: 'LoginOptions' as const,
          passwordLogin,
          singleSignOn: { __typename: 'SingleSignOnOption' as const, label: 'Sign in with NHSmail', startPath: '/auth/sso/start', confirmPath: '/auth/sso/confirm' },
        },
      },
    },
  };
}

export const LEAD = { id: 'u-lead', name: 'Amara Okafor', email: 'lead@demo.quorum.test' };
export const NURSE = { id: 'u-nurse', name: 'Grace Mensah', email: 'nurse@demo.quorum.test' };

/** An API error as the server sends it. */
export const apiError = (code: string, message: string, extensions: Record<string, unknown> = {}) => ({
  errors: [new GraphQLError(message, { extensions: { code, ...extensions } })],
});

/** Entry e1's fields that every entry page's query spreads as ...EntryHeader (entries/entry-header.fragment.ts). */
export function entryHeaderFixture(state: EntryState, viewerRole: Role, title = 'Closing the gap') {
  return {
    __typename: 'Entry' as const,
    id: 'e1',
    title,
    state,
    viewerRole,
    template: { __typename: 'Template' as const, id: 't1', name: 'Improving health outcomes for minority ethnic communities' },
  };
}

export function sectionFixture(position: number, title: string) {
  return {
    __typename: 'Section' as const,
    id: `s-${position}`,
    position,
    title,
    guidance: `Guidance for ${title}.`,
    wordLimit: 500,
    criteria: [
      { __typename: 'Criterion' as const, id: `c-${position}-0`, position: 0, text: `First criterion of ${title}` },
      { __typename: 'Criterion' as const, id: `c-${position}-1`, position: 1, text: `Second criterion of ${title}` },
    ],
  };
}

/** An entryEvents event of entry e1, as the subscription delivers it (`delay` ms after it is opened). */
export function eventMock(kind: string, extra: Record<string, unknown> = {}, delay = 0): MockLink.MockedResponse {
  const event = {
    __typename: 'EntryEvent',
    kind,
    entryId: 'e1',
    sectionId: null,
    commentId: null,
    threadId: null,
    signOffId: null,
    membershipId: null,
    userId: null,
    actorId: null,
    state: null,
    at: '2026-12-09T15:00:00.000Z',
    ...extra,
  };
  return { request: { query: EntryEventsSubscription, variables: { entryId: 'e1' } }, result: { data: { entryEvents: event } }, delay };
}

/** An event stream on which nothing happens, for tests that are not about live updates. */
export const quietEvents = (): MockLink.MockedResponse => ({ request: { query: EntryEventsSubscription, variables: { entryId: 'e1' } }, delay: Infinity, maxUsageCount: Infinity });
