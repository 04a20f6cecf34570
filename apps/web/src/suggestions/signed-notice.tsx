import { useQuery } from '@apollo/client/react';
import { ROLE_LABELS } from '@quorum/domain';
import { useEntryEvents } from '../activity/use-entry-events';
import { SectionApprovalsQuery } from './operations';
import { WarningCallout } from '../layout/warning-callout';

export interface Approval {
  id: string;
  signer: string;
  role: string;
  slot: string;
}

const SIGN_OFF_EVENTS = new Set(['SIGNED_OFF', 'SIGN_OFF_STALE', 'SIGN_OFF_SLOTS_CHANGED']);

/**
 * The section's current approvals (null until read), kept live: a sign-off given, or made
 * stale by an accepted suggestion or a direct edit, reads them again.
 */
export function useCurrentApprovals(entryId: string, sectionId: string): Approval[] | null {
  const { data, refetch } = useQuery(SectionApprovalsQuery, { variables: { id: sectionId }, fetchPolicy: 'cache-and-network' });
  useEntryEvents(entryId, (event) => {
    if (event.sectionId === sectionId && SIGN_OFF_EVENTS.has(event.kind)) void refetch();
  });
  if (!data) return null;
  return data.section.signOffStatus.slots.flatMap(({ label, heldBy }) =>
    heldBy && heldBy.current && heldBy.meaning === 'APPROVE' ? [{ id: heldBy.id, signer: heldBy.signer.name, role: ROLE_LABELS[heldBy.role], slot: label }] : [],
  );
}

/**
 * Beside the text of a signed section: whose approvals direct typing would void, and that
 * suggesting keeps them. Shown to those who may edit directly; the editor starts in Suggesting there.
 */
export function SignedNotice({ approvals }: { approvals: Approval[] }) {
  if (approvals.length === 0) return null;
  return (
    <WarningCallout level={3} heading="This section is signed off" className="app-signed-notice" data-testid="signed-notice">
      {/* One paragraph, so that the text still starts on the first screen (a browser walk measured a list form pushing it 300 px down). */}
      <p>
        Typing directly would make {approvals.length === 1 ? 'this approval' : 'these approvals'} stop counting:{' '}
        {approvals.map((approval, i) => (
          <span key={approval.id}>
            {i > 0 && '; '}
            {approval.signer} ({approval.role.toLowerCase()}), for “{approval.slot}”
          </span>
        ))}
        . You start in <strong>Suggesting</strong>, which keeps {approvals.length === 1 ? 'it' : 'them'} until someone accepts; choose <strong>Editing</strong> to type directly.
      </p>
    </WarningCallout>
  );
}
