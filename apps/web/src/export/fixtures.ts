import type { MockLink } from '@apollo/client/testing';
import type { Role } from '../gql/graphql';
import { entryHeaderFixture } from '../test/fixtures';
import { ExportEntryQuery } from './export-entry.query';

/** The ExportEntry answer for entry e1 (the export page, and the entry nav's Export link). */
export function exportEntryMock(canExport: boolean, viewerRole: Role = 'LEAD'): MockLink.MockedResponse {
  const entry = { ...entryHeaderFixture('IN_REVIEW', viewerRole), abilities: { __typename: 'EntryAbilities', canExport } };
  return { request: { query: ExportEntryQuery, variables: { id: 'e1' } }, result: { data: { entry } }, maxUsageCount: Infinity };
}
