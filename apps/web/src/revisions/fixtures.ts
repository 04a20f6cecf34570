import type { MockLink } from '@apollo/client/testing';
import { SectionDiffQuery } from './operations';

const NURSE = { __typename: 'User' as const, id: 'u-nurse', name: 'Grace Mensah' };

export type DiffPart = [op: 'EQUAL' | 'INSERT' | 'DELETE', text: string];

/** Section s1's word diff from revision `from` to `to` (null: the current text); the nurse made every change. */
export function diffMock(from: string, to: string | null, parts: DiffPart[]): MockLink.MockedResponse {
  const diff = parts.map(([op, text]) => ({ __typename: 'RevisionDiffPart', op, text, authors: op === 'EQUAL' ? [] : [NURSE] }));
  return { request: { query: SectionDiffQuery, variables: { sectionId: 's1', from, to } }, result: { data: { section: { __typename: 'Section', id: 's1', diff } } } };
}
