import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { ROLE_LABELS } from '@quorum/domain';
import { formatDateTime } from '../format';
import { SignOffBylineFragment } from './sign-off-byline.fragment';

/** How the panel shows a sign-off: holding a slot, an open change request, or stale (no longer counted). */
export type SignOffShown = 'held' | 'request' | 'stale';

const TAGS: Record<SignOffShown, { className: string; text: string }> = {
  held: { className: 'nhsuk-tag--green', text: 'Approved' },
  request: { className: 'nhsuk-tag--orange', text: 'Changes requested' },
  stale: { className: 'nhsuk-tag--yellow', text: 'Stale' },
};

/**
 * One sign-off in words, from its own fragment (spread `...SignOffByline` where the sign-off is
 * selected): "Approved by A (nurse), date" with the note, or, for a stale one, what it said and that it no longer counts.
 */
export function SignOffByline({ signOff: from, shown }: { signOff: FragmentType<typeof SignOffBylineFragment>; shown: SignOffShown }) {
  const { data: signOff, complete } = useFragment({ fragment: SignOffBylineFragment, from });
  if (!complete) return null;
  const tag = <strong className={`nhsuk-tag ${TAGS[shown].className}`}>{TAGS[shown].text}</strong>;
  const role = ROLE_LABELS[signOff.role].toLowerCase();
  if (shown === 'stale') {
    return (
      <p className="nhsuk-body-s">
        {tag} {signOff.signer.name} ({role}) {signOff.meaning === 'APPROVE' ? 'approved' : 'requested changes to'} this section as “{signOff.slotLabel}” on {formatDateTime(signOff.createdAt)}. It has
        changed since, so this sign-off no longer counts.
      </p>
    );
  }
  return (
    <>
      {tag} by {signOff.signer.name} ({role}), {formatDateTime(signOff.createdAt)}
      {signOff.note && <span className="app-sign-off__note">“{signOff.note}”</span>}
    </>
  );
}
