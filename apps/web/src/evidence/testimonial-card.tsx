import { useEffect, useRef, useState, type RefObject } from 'react';
import { formatDate } from '../format';
import type { ConsentStatus, RecordConsentInput, UpdateTestimonialInput } from '../gql/graphql';
import { useAnnounce } from '../layout/announcer';
import { ConsentForm } from './consent-form';
import { DeleteTestimonial } from './delete-testimonial';
import { EditTestimonialForm, type TestimonialChanges } from './edit-testimonial-form';
import { SOURCE_LABELS } from './evidence-format';
import type { Testimonial } from './use-evidence';

const CONSENT_TAGS: Record<ConsentStatus, { label: string; colour: string }> = {
  GIVEN: { label: 'Consent given', colour: 'green' },
  NOT_RECORDED: { label: 'No consent recorded', colour: 'yellow' },
  WITHDRAWN: { label: 'Consent withdrawn', colour: 'red' },
};

export interface TestimonialActions {
  onRecord(input: RecordConsentInput): Promise<void>;
  /** Saves a correction; says whether the server reset the consent. */
  onUpdate(input: UpdateTestimonialInput): Promise<{ consentReset: boolean }>;
  /** Deletes it; the list says so and moves focus, since the card goes. */
  onDelete(testimonial: Testimonial): Promise<void>;
  saving: boolean;
  deleting: boolean;
}

type Mode = 'view' | 'edit' | 'delete';

/** One testimonial: the quote, its consent, and (for those who may) changing it, deleting it and recording consent. */
export function TestimonialCard({ testimonial: t, canChange, actions }: { testimonial: Testimonial; canChange: boolean; actions: TestimonialActions }) {
  const [mode, setMode] = useState<Mode>('view');
  const [saved, setSaved] = useState('');
  const changeButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const focusOnReturn = useRef<RefObject<HTMLElement | null> | null>(null);
  const announce = useAnnounce();
  const tag = CONSENT_TAGS[t.consentStatus];

  // Back from the form or the question, focus goes to the button that opened it.
  useEffect(() => {
    if (mode !== 'view' || !focusOnReturn.current) return;
    focusOnReturn.current.current?.focus();
    focusOnReturn.current = null;
  }, [mode]);

  function open(next: Mode) {
    setSaved('');
    setMode(next);
  }

  function back(target: RefObject<HTMLElement | null>) {
    focusOnReturn.current = target;
    setMode('view');
  }

  async function onSave(changes: TestimonialChanges) {
    const { consentReset } = await actions.onUpdate({ testimonialId: t.id, ...changes });
    const message = consentReset ? 'Your changes have been saved. Consent was given for what it said before, so record consent again before it can be exported.' : 'Your changes have been saved.';
    setSaved(message);
    announce(message);
    back(changeButton);
  }

  async function onRecord(input: RecordConsentInput) {
    await actions.onRecord(input);
    setSaved('');
  }

  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        {mode === 'edit' ? (
          <EditTestimonialForm testimonial={t} busy={actions.saving} onSave={onSave} onCancel={() => back(changeButton)} />
        ) : (
          <>
            <blockquote className="app-quote">
              <p>“{t.quote}”</p>
              <footer>
                {t.citedAs}
                {t.anonymised && t.attribution && <span className="app-counts">Recorded as {t.attribution} (not shown in the entry)</span>}
              </footer>
            </blockquote>
            <p className="nhsuk-body-s app-entry-meta">
              <strong className={`nhsuk-tag nhsuk-tag--${tag.colour}`}>{tag.label}</strong>
              <strong className={`nhsuk-tag nhsuk-tag--${t.exportable ? 'blue' : 'grey'}`}>{t.exportable ? 'Exportable' : 'Not exportable'}</strong>
              <span>{SOURCE_LABELS[t.source]}</span>
            </p>
            {t.consentDate && (
              <p className="nhsuk-body-s">
                Consent {t.consentStatus === 'WITHDRAWN' ? 'withdrawn' : 'given'} on {formatDate(t.consentDate)}
                {t.consentRecordedBy && `, recorded by ${t.consentRecordedBy.name}`}
                {t.consentNote && ` (${t.consentNote})`}
              </p>
            )}
            {saved && (
              <div className="nhsuk-inset-text">
                <span className="nhsuk-u-visually-hidden">Information: </span>
                <p>{saved}</p>
              </div>
            )}
            {canChange && mode === 'delete' && <DeleteTestimonial citedAs={t.citedAs} busy={actions.deleting} onDelete={() => actions.onDelete(t)} onCancel={() => back(deleteButton)} />}
            {canChange && mode === 'view' && (
              <div className="nhsuk-button-group">
                <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="button" ref={changeButton} onClick={() => open('edit')}>
                  Change<span className="nhsuk-u-visually-hidden"> the quote from {t.citedAs}</span>
                </button>
                <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="button" ref={deleteButton} onClick={() => open('delete')}>
                  Delete<span className="nhsuk-u-visually-hidden"> the quote from {t.citedAs}</span>
                </button>
              </div>
            )}
            {canChange && <ConsentForm testimonial={t} onRecord={onRecord} />}
          </>
        )}
      </div>
    </div>
  );
}
