import type { MockLink } from '@apollo/client/testing';
import type { EntryState } from '../gql/graphql';
import { SubmitReadinessQuery } from './operations';

const section = (id: string, title: string) => ({ __typename: 'Section' as const, id, title });

/** The SubmitReadiness answer for entry e1: ready when approved; otherwise one of each kind of thing still to do. */
export function readinessMock(state: EntryState): MockLink.MockedResponse {
  const ready = state === 'APPROVED' || state === 'SUBMITTED';
  const readiness = {
    __typename: 'Readiness' as const,
    ready,
    checksNotRun: [],
    missingSignOffs: ready
      ? []
      : [
          { __typename: 'MissingSignOff' as const, slotKey: 'lead', label: 'The entry lead', section: section('s-1', 'Patient involvement') },
          { __typename: 'MissingSignOff' as const, slotKey: 'analyst', label: 'A data analyst', section: section('s-2', 'Impact on patient safety') },
        ],
    sectionsOverWordLimit: ready ? [] : [{ __typename: 'SectionOverLimit' as const, wordCount: 530, wordLimit: 500, section: section('s-2', 'Impact on patient safety') }],
    uncoveredCriteria: ready ? [] : [{ __typename: 'Criterion' as const, id: 'c-2', text: 'Shows measurable improvement' }],
    figuresOutOfStep: [],
    missingQuantitativeEvidence: ready
      ? []
      : [{ __typename: 'MissingEvidence' as const, message: 'No follow-up period yet', metric: { __typename: 'Metric' as const, id: 'm-1', name: 'Falls per 1,000 bed days' } }],
  };
  const entry = {
    __typename: 'Entry' as const,
    id: 'e1',
    state,
    sections: [
      { __typename: 'Section' as const, id: 's-1', criteria: [{ __typename: 'Criterion' as const, id: 'c-1' }] },
      { __typename: 'Section' as const, id: 's-2', criteria: [{ __typename: 'Criterion' as const, id: 'c-2' }] },
    ],
    readiness,
  };
  return { request: { query: SubmitReadinessQuery, variables: { id: 'e1' } }, result: { data: { entry } }, maxUsageCount: Infinity };
}
