import { ROLE_LABELS, type Role } from '@quorum/domain';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { useEntryEvents, type EntryEvent } from '../activity/use-entry-events';
import { useMe } from '../auth/use-session';
import { formErrors, hasCode, problemsFrom } from '../forms/api-errors';
import type { SignOffFieldsFragment, SignOffStatusQuery } from '../gql/graphql';
import { useAnnounce } from '../layout/announcer';
import { useAfterEdits } from '../live/use-after-edits';
import type { FormError } from '../forms/error-summary';
import { confirmWithProvider, takeConfirmedDraft, useProviderConfirmation } from './confirm-with-provider';
import { SignOffByline } from './sign-off-byline';
import { SignOffForm } from './sign-off-form';
import { TextDiff } from './text-diff';
import { useSignOffSection, useSignOffStatus, type SignOffChoice } from './use-sign-off';

type Section = SignOffStatusQuery['entry']['sections'][number];

/** Events after which the panel reads the status again: sign-offs, edits that made them stale, slots, workflow and roles. */
const REFRESH_ON = new Set<EntryEvent['kind']>(['SIGNED_OFF', 'SIGN_OFF_STALE', 'SIGN_OFF_SLOTS_CHANGED', 'WORKFLOW_MOVED', 'MEMBER_ROLE_CHANGED']);

const roleWords = (role: Role) => ROLE_LABELS[role].toLowerCase();
/** "a patient representative", "a medic, nurse or allied health professional". */
const aRole = (roles: Role[]) => {
  const names = roles.map(roleWords);
  const words = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names.join('');
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
};
type Meaning = SignOffFieldsFragment['meaning'];
const what = (meaning: Meaning) => (meaning === 'APPROVE' ? 'approved' : 'requested changes to');

/**
 * The line after you sign off. Once an edit has made that sign-off stale, it says so, rather
 * than reading as if it still counted (browser walk).
 */
function doneWords({ meaning }: { meaning: Meaning }, title: string, stale: boolean): string {
  if (!stale) return `You ${what(meaning)} “${title}”.`;
  const [given, still] = meaning === 'APPROVE' ? ['approval', 'approve it'] : ['change request', 'want changes'];
  return `You ${what(meaning)} “${title}”, but the section has changed since, so your ${given} no longer counts. What changed is shown under “No longer counted”; sign off again if you still ${still}.`;
}

/** What the panel says aloud when someone else's sign-off arrives or an edit makes sign-offs stale. */
function announcement(event: EntryEvent, section: Section | undefined): string | null {
  if (!section) return null;
  if (event.kind === 'SIGN_OFF_STALE') return `“${section.title}” has changed: sign-offs given before no longer count. What changed is shown under Sign-off.`;
  if (event.kind === 'SIGNED_OFF') {
    const { slots, openChangeRequests } = section.signOffStatus;
    const given = [...slots.map((s) => s.heldBy), ...openChangeRequests].find((s) => s?.id === event.signOffId);
    return given ? `${given.signer.name} ${what(given.meaning)} “${section.title}”.` : `A new sign-off of “${section.title}”.`;
  }
  return null;
}

/** Read the status again this long after the text stops changing. */
const SETTLE_MS = 1000;

interface SignOffPanelProps {
  entryId: string;
  sectionId: string;
  /**
   * The section's live document, where the page has it open. Its edits refresh the status: the
   * diff since a stale sign-off grows as people write, and a sign-off is given on the text as it
   * is now. Without it, the panel follows the entry's events only (an edit is announced once,
   * when it first makes sign-offs stale).
   */
  doc?: Pick<Y.Doc, 'on' | 'off'> | null;
}

/**
 * A section's sign-offs: each slot and who holds it, open change requests, stale sign-offs with
 * what changed since, and (when the viewer's role fills a slot) the form to sign off. Kept live
 * from the entry's events and the section's edits.
 */
export function SignOffPanel({ entryId, sectionId, doc }: SignOffPanelProps) {
  const { entry, section, loading, error, refetch } = useSignOffStatus(entryId, sectionId);
  const { signOff, signing } = useSignOffSection();
  const { me } = useMe();
  const announce = useAnnounce();
  // The sign-off you have just given, for the line that says so.
  const [done, setDone] = useState<{ id: string; meaning: Meaning } | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const idPrefix = `sign-off-${sectionId}`;
  const provider = useProviderConfirmation();
  const [confirmedErrors, setConfirmedErrors] = useState<FormError[] | null>(null);
  useEffect(() => setDone(null), [sectionId]);
  // The form folds away once you have signed: focus goes to what happened, which is read out.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  useAfterEdits(doc, SETTLE_MS, refetch);

  useEntryEvents(entryId, (event) => {
    if (!REFRESH_ON.has(event.kind) || (event.sectionId && event.sectionId !== sectionId)) return;
    void refetch().then(({ data }) => {
      // Your own sign-off is confirmed by the form.
      if (event.kind === 'SIGNED_OFF' && event.actorId === me?.id) return;
      const message = announcement(
        event,
        data?.entry.sections.find((s) => s.id === sectionId),
      );
      if (message) announce(message);
    });
  });

  // Back from the identity provider with a confirmation: send the sign-off chosen before going (once; the draft is taken).
  const loaded = !!section;
  useEffect(() => {
    if (!loaded) return;
    const back = takeConfirmedDraft(sectionId);
    if (!back) return;
    const { confirmation, draft } = back;
    setDone(null);
    signOff(sectionId, draft, { meaning: draft.meaning, note: draft.note, slotKey: draft.slotKey, confirmation })
      .then((result) => setDone(result.signOff))
      .catch((e: unknown) => {
        if (hasCode(e, 'CONFLICT')) void refetch();
        setConfirmedErrors(formErrors(e, { note: `${idPrefix}-note`, meaning: `${idPrefix}-meaning`, slotKey: `${idPrefix}-slot` }));
      });
    // Only when the section first loads: the draft is taken once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, sectionId]);

  if (loading) return <p className="nhsuk-body">Loading the sign-offs…</p>;
  if (!entry || !section) return <p className="nhsuk-error-message">{error ? problemsFrom(error)[0].message : 'This section’s sign-offs could not be found.'}</p>;

  const { slots, openChangeRequests, staleSignOffs } = section.signOffStatus;
  const mySlots = slots.filter((s) => s.roles.includes(entry.viewerRole));
  const held = slots.filter((s) => s.held).length;
  // The viewer's own sign-off that still counts, if any: signing again is then a change of mind.
  const mine = [...slots.map((s) => s.heldBy), ...openChangeRequests].find((s) => s && s.signer.id === me?.id);
  const doneStale = !!done && staleSignOffs.some((stale) => stale.id === done.id);

  async function onSignOff(choice: SignOffChoice) {
    setDone(null);
    try {
      const result = await signOff(sectionId, { contentHash: section!.contentHash, evidenceDigest: section!.evidenceDigest }, choice);
      setDone(result.signOff);
      return [];
    } catch (e) {
      // The text or its evidence moved on while it was being read: read them again, and say so.
      if (hasCode(e, 'CONFLICT')) void refetch();
      return formErrors(e, { password: `${idPrefix}-password`, note: `${idPrefix}-note`, meaning: `${idPrefix}-meaning`, slotKey: `${idPrefix}-slot` });
    }
  }

  return (
    <section className="app-sign-off" aria-labelledby={`${idPrefix}-heading`} data-testid="sign-off-panel">
      <h3 className="nhsuk-heading-m" id={`${idPrefix}-heading`}>
        Sign-off
      </h3>
      {slots.length === 0 ? (
        <p className="nhsuk-body">This section needs no sign-off.</p>
      ) : (
        <p className="nhsuk-body" data-testid="sign-off-summary">
          {section.signOffStatus.approved
            ? `Signed off: all ${slots.length} sign-off${slots.length === 1 ? '' : 's'} this section needs are held.`
            : `${held} of ${slots.length} sign-off${slots.length === 1 ? '' : 's'} held${openChangeRequests.length ? `; ${openChangeRequests.length} change request${openChangeRequests.length === 1 ? '' : 's'} open` : ''}.`}
        </p>
      )}
      {slots.length > 0 && (
        <dl className="nhsuk-summary-list app-sign-off__slots">
          {slots.map((slot) => (
            <div className="nhsuk-summary-list__row" key={slot.key}>
              <dt className="nhsuk-summary-list__key">{slot.label}</dt>
              <dd className="nhsuk-summary-list__value">
                {slot.heldBy ? (
                  <SignOffByline signOff={slot.heldBy} shown="held" />
                ) : (
                  <>
                    <strong className="nhsuk-tag nhsuk-tag--grey">Missing</strong> Needs {aRole(slot.roles)}
                  </>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {openChangeRequests.length > 0 && (
        <>
          <h4 className="nhsuk-heading-s">Changes requested</h4>
          <ul className="nhsuk-list app-sign-off__list">
            {openChangeRequests.map((request) => (
              <li key={request.id} className="app-sign-off__request">
                <SignOffByline signOff={request} shown="request" />
              </li>
            ))}
          </ul>
        </>
      )}
      {staleSignOffs.length > 0 && (
        <>
          <h4 className="nhsuk-heading-s">No longer counted: the section has changed</h4>
          <ul className="nhsuk-list app-sign-off__list" data-testid="stale-sign-offs">
            {staleSignOffs.map((stale) => (
              <li key={stale.id} className="app-sign-off__stale">
                <SignOffByline signOff={stale} shown="stale" />
                <p className="nhsuk-body-s app-sign-off__diff-heading">What changed since then:</p>
                <TextDiff parts={stale.diffSinceSigned} />
              </li>
            ))}
          </ul>
        </>
      )}
      {done && (
        <p className={`nhsuk-body app-sign-off__done${doneStale ? ' app-sign-off__done--stale' : ''}`} ref={doneRef} tabIndex={-1} data-testid="sign-off-done">
          {doneWords(done, section.title, doneStale)}
        </p>
      )}
      {entry.abilities.canSignOff &&
        (entry.state === 'SUBMITTED' ? (
          <p className="nhsuk-body">The entry has been submitted, so its sections can no longer be signed off.</p>
        ) : mySlots.length === 0 ? (
          slots.length > 0 && <p className="nhsuk-body">None of this section’s sign-offs is for your role ({roleWords(entry.viewerRole)}).</p>
        ) : (
          <SignOffAgain signed={!!mine}>
            <SignOffForm
              key={`${sectionId}-${confirmedErrors ? 'refused' : ''}`}
              idPrefix={idPrefix}
              roleLabel={aRole([entry.viewerRole])}
              slots={mySlots}
              busy={signing}
              onSignOff={onSignOff}
              initialErrors={confirmedErrors ?? []}
              provider={
                provider && {
                  label: provider.label,
                  onConfirm: (choice) => confirmWithProvider(provider.confirmPath, { sectionId, contentHash: section.contentHash, evidenceDigest: section.evidenceDigest, ...choice }),
                }
              }
            />
          </SignOffAgain>
        ))}
    </section>
  );
}

/** Once you have signed, the form folds away: signing again (say, to request changes) replaces your sign-off. */
function SignOffAgain({ signed, children }: { signed: boolean; children: ReactNode }) {
  if (!signed) return <>{children}</>;
  return (
    <details className="nhsuk-details app-sign-off__again">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Sign off again</span>
      </summary>
      <div className="nhsuk-details__text">
        <p className="nhsuk-body-s">Your new sign-off replaces the one you gave, for example if you now want to request changes.</p>
        {children}
      </div>
    </details>
  );
}
