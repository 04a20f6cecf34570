import type { MockLink } from '@apollo/client/testing';
import type { EntryState, Role } from '../gql/graphql';
import { entryHeaderFixture, type sectionFixture } from '../test/fixtures';
import { EntryWorkspaceQuery } from './operations';

/**
 * Entry e1's workspace (EntryWorkspaceQuery) as `viewerRole` sees it, answered as often as asked:
 * a nurse may edit, a nurse or a patient representative may suggest changes.
 */
export function workspaceMock(state: EntryState, viewerRole: Role, title: string, sections: ReturnType<typeof sectionFixture>[]): MockLink.MockedResponse {
  const entry = {
    ...entryHeaderFixture(state, viewerRole, title),
    abilities: { __typename: 'EntryAbilities', canManageTeam: false, canEdit: viewerRole === 'NURSE', canSuggest: viewerRole === 'NURSE' || viewerRole === 'PATIENT_REP' },
    sections,
  };
  return { request: { query: EntryWorkspaceQuery, variables: { id: 'e1' } }, result: { data: { entry } }, maxUsageCount: Infinity };
}
