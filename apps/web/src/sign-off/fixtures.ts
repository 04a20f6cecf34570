import type { MockLink } from '@apollo/client/testing';
import type { DiffOp, EntryState, Role, SignOffMeaning } from '../gql/graphql';
import { EntryWorkflowQuery, SignOffStatusQuery } from './operations';

export const HASH = 'a'.repeat(64);
/** The evidence digest the status gives with it: the sign-off sends both back. */
export const EVIDENCE_DIGEST = 'e'.repeat(64);

export function signOffFixture(id: string, name: string, role: Role, meaning: SignOffMeaning, extra: { note?: string; slotKey?: string; slotLabel?: string } = {}) {
  return {
    __typename: 'SignOff' as const,
    id,
    meaning,
    note: extra.note ?? '',
    role,
    slotKey: extra.slotKey ?? 'patient-rep',
    slotLabel: extra.slotLabel ?? 'A patient representative',
    createdAt: '2026-12-09T14:05:00.000Z',
    signer: { __typename: 'User' as const, id: `u-${id}`, name },
  };
}

type SignOff = ReturnType<typeof signOffFixture>;

export interface StatusOptions {
  viewerRole?: Role;
  canSignOff?: boolean;
  state?: EntryState;
  held?: { clinician?: SignOff; patient?: SignOff };
  requests?: SignOff[];
  stale?: (SignOff & { diff: { op: DiffOp; text: string }[] })[];
  /** The section's evidence digest (EVIDENCE_DIGEST unless the evidence changed). */
  evidenceDigest?: string;
}

/** The SignOffStatus answer for entry e1, whose section s-1 needs a clinician and a patient representative. */
export function statusMock({
  viewerRole = 'PATIENT_REP',
  canSignOff = true,
  state = 'IN_REVIEW',
  held = {},
  requests = [],
  stale = [],
  evidenceDigest = EVIDENCE_DIGEST,
}: StatusOptions = {}): MockLink.MockedResponse {
  const slot = (key: string, label: string, roles: Role[], heldBy?: SignOff) => ({ __typename: 'SignOffSlotStatus' as const, key, label, roles, held: !!heldBy, heldBy: heldBy ?? null });
  const entry = {
    __typename: 'Entry' as const,
    id: 'e1',
    state,
    viewerRole,
    abilities: { __typename: 'EntryAbilities' as const, canSignOff },
    sections: [
      {
        __typename: 'Section' as const,
        id: 's-1',
        title: 'Patient involvement',
        contentHash: HASH,
        evidenceDigest,
        signOffStatus: {
          __typename: 'SectionSignOffStatus' as const,
          approved: !!(held.clinician && held.patient) && requests.length === 0,
          slots: [slot('clinician', 'A clinician (medic or nurse)', ['MEDIC', 'NURSE'], held.clinician), slot('patient-rep', 'A patient representative', ['PATIENT_REP'], held.patient)],
          openChangeRequests: requests,
          staleSignOffs: stale.map(({ diff, ...s }) => ({ ...s, diffSinceSigned: diff.map((d) => ({ __typename: 'TextDiffPart' as const, ...d })) })),
        },
      },
    ],
  };
  return { request: { query: SignOffStatusQuery, variables: { entryId: 'e1' } }, result: { data: { entry } } };
}

/** One live event of entry e1. */
/** The EntryWorkflow answer for entry e1 (the workflow controls in every entry page's header). */
export function workflowMock(state: EntryState, canMoveWorkflow = true): MockLink.MockedResponse {
  const slot = (key: string, label: string) => ({ __typename: 'SignOffSlot', key, label, roles: ['NURSE'] });
  const entry = {
    __typename: 'Entry',
    id: 'e1',
    state,
    abilities: { __typename: 'EntryAbilities', canMoveWorkflow },
    sections: [
      { __typename: 'Section', id: 's-1', title: 'Patient involvement', signOffSlots: [slot('lead', 'The entry lead'), slot('clinician', 'A clinician (medic or nurse)')] },
      { __typename: 'Section', id: 's-2', title: 'Impact on patient safety', signOffSlots: [slot('analyst', 'A data analyst')] },
    ],
  };
  return { request: { query: EntryWorkflowQuery, variables: { id: 'e1' } }, result: { data: { entry } }, maxUsageCount: Infinity };
}
