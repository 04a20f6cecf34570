import type { EntryState } from '../gql/graphql';

const STATES: Record<EntryState, { label: string; colour: string }> = {
  DRAFT: { label: 'Draft', colour: 'white' },
  IN_REVIEW: { label: 'In review', colour: 'blue' },
  APPROVED: { label: 'Approved', colour: 'green' },
  SUBMITTED: { label: 'Submitted', colour: 'purple' },
};

export function EntryStateTag({ state }: { state: EntryState }) {
  const { label, colour } = STATES[state];
  return <strong className={`nhsuk-tag nhsuk-tag--${colour}`}>{label}</strong>;
}
