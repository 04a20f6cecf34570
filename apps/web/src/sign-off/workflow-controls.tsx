import { useEffect, useRef, useState } from 'react';
import { Textarea } from '../evidence/controls';
import type { FormError } from '../forms/error-summary';
import type { EntryState } from '../gql/graphql';
import { useAnnounce } from '../layout/announcer';
import { SubmitReadiness } from '../submit/submit-readiness';
import { workflowErrors } from './submit-refusal';
import { useEntryWorkflow } from './use-workflow';
import { WarningCallout } from '../layout/warning-callout';

const ABOUT: Record<EntryState, string> = {
  DRAFT: 'When the text is ready, ask the team to review and sign off each section.',
  IN_REVIEW: 'Waiting for sign-offs. The entry becomes approved by itself once every section’s sign-offs are held.',
  APPROVED: 'Every section is signed off: the entry can be submitted.',
  SUBMITTED: 'Submitted: the content is frozen. Reopen it to make changes.',
};

const NOW: Record<EntryState, string> = {
  DRAFT: 'a draft',
  IN_REVIEW: 'in review',
  APPROVED: 'approved',
  SUBMITTED: 'submitted',
};

type Step = 'idle' | 'confirm-submit' | 'reopen';

/**
 * The lead's workflow: ask for review, submit (after confirming), reopen (with a reason).
 * Shown only to those who may move the workflow. Refusals go to the page's error summary
 * through `onErrors`.
 */
export function WorkflowControls({ entryId, onErrors }: { entryId: string; onErrors(errors: FormError[]): void }) {
  const { entry, busy, requestReview, submit, reopen } = useEntryWorkflow(entryId);
  const [step, setStep] = useState<Step>('idle');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const about = useRef<HTMLParagraphElement>(null);
  // Back from a step whose buttons are gone (done or cancelled): focus goes to what the entry's
  // state now is. A refusal instead goes to the page's error summary, which takes focus itself.
  const focusAbout = useRef(false);
  const announce = useAnnounce();

  useEffect(() => {
    if (step === 'confirm-submit') confirmHeading.current?.focus();
    if (step === 'reopen') document.getElementById('reopen-reason')?.focus();
    if (step === 'idle' && focusAbout.current) about.current?.focus();
    focusAbout.current = false;
  }, [step]);

  const backToIdle = () => {
    if (step === 'idle') return about.current?.focus(); // e.g. after asking for review: its button is gone
    focusAbout.current = true;
    setStep('idle');
  };

  if (!entry?.abilities.canMoveWorkflow) return null;
  const sections = entry.sections;

  async function move(action: () => Promise<EntryState>) {
    if (busy) return;
    onErrors([]);
    try {
      const state = await action();
      backToIdle();
      setReason('');
      announce(`The entry is now ${NOW[state]}.`);
    } catch (error) {
      setStep('idle');
      onErrors(workflowErrors(error, sections, entryId));
    }
  }

  function onReopen() {
    const problem = !reason.trim() ? 'Say why you are reopening the entry' : reason.trim().length > 1000 ? 'Keep the reason to 1,000 characters or fewer' : '';
    setReasonError(problem);
    if (problem) return onErrors([{ field: 'reopen-reason', message: problem }]);
    void move(() => reopen(reason.trim()));
  }

  return (
    <div className="app-workflow" data-testid="workflow">
      <p className="nhsuk-body app-workflow__about" ref={about} tabIndex={-1}>
        {ABOUT[entry.state]}
      </p>
      {step === 'idle' && (
        <div className="nhsuk-button-group app-workflow__actions">
          {entry.state === 'DRAFT' && (
            <button className="nhsuk-button" type="button" onClick={() => void move(requestReview)}>
              Ask for review and sign-off
            </button>
          )}
          {/* Offered only when the server would take it: an approved entry (every sign-off held, none stale, no change asked for). */}
          {entry.state === 'APPROVED' && (
            <button className="nhsuk-button" type="button" onClick={() => setStep('confirm-submit')}>
              Submit the entry
            </button>
          )}
          {entry.state === 'SUBMITTED' && (
            <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => setStep('reopen')}>
              Reopen the entry
            </button>
          )}
        </div>
      )}
      {step === 'idle' && <SubmitReadiness entryId={entryId} />}
      {step === 'confirm-submit' && (
        <WarningCallout level={2} heading="Submit this entry?" headingRef={confirmHeading} className="app-workflow__confirm">
          <p>Submitting freezes the content: nobody can edit or sign off its sections until you reopen it.</p>
          <div className="nhsuk-button-group">
            <button className="nhsuk-button" type="button" onClick={() => void move(submit)}>
              Yes, submit the entry
            </button>
            <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={backToIdle}>
              No, not yet
            </button>
          </div>
        </WarningCallout>
      )}
      {step === 'reopen' && (
        <div className="app-workflow__reopen">
          <Textarea
            id="reopen-reason"
            label="Why are you reopening the entry?"
            hint="This is recorded in the entry’s audit log. The team can then edit and sign off again."
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={reasonError || undefined}
          />
          <div className="nhsuk-button-group">
            <button className="nhsuk-button" type="button" onClick={onReopen}>
              Reopen the entry
            </button>
            <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={backToIdle}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
